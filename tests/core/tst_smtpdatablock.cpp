// The bytes sent after DATA: dot-stuffing (RFC 5321 §4.5.2), the final CRLF and the "." line.
#include "smtp/smtpdatablock.h"

#include <QTest>

using namespace diffusion;

class TestSmtpDataBlock final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void block_data()
    {
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QByteArray>("block");
        QTest::addRow("plain") << QByteArrayLiteral("Subject: a\r\n\r\nbody\r\n")
                               << QByteArrayLiteral("Subject: a\r\n\r\nbody\r\n.\r\n");
        QTest::addRow("empty") << QByteArray() << QByteArrayLiteral(".\r\n");
        QTest::addRow("no final line end") << QByteArrayLiteral("a\r\nb") << QByteArrayLiteral("a\r\nb\r\n.\r\n");
        QTest::addRow("final bare LF") << QByteArrayLiteral("a\n") << QByteArrayLiteral("a\n\r\n.\r\n");
        QTest::addRow("dot lines") << QByteArrayLiteral(".\r\n..\r\n.x\r\nx.\r\n.")
                                   << QByteArrayLiteral("..\r\n...\r\n..x\r\nx.\r\n..\r\n.\r\n");
        QTest::addRow("dot after bare LF") << QByteArrayLiteral("a\n.b\r\n") << QByteArrayLiteral("a\n..b\r\n.\r\n");
        QTest::addRow("dot after CR only is not a line start")
            << QByteArrayLiteral("a\r.b\r\n") << QByteArrayLiteral("a\r.b\r\n.\r\n");
        QTest::addRow("the terminator itself") << QByteArrayLiteral("x\r\n.\r\ny\r\n")
                                               << QByteArrayLiteral("x\r\n..\r\ny\r\n.\r\n");
    }

    void block()
    {
        QFETCH(QByteArray, message);
        QFETCH(QByteArray, block);
        QCOMPARE(smtpDataBlock(message), block);
    }

    void emptyView()
    {
        QCOMPARE(smtpDataBlock(QByteArrayView()), QByteArrayLiteral(".\r\n"));
    }

    void largeMessageRoundTrips()
    {
        QByteArray message;
        for (int i = 0; i < 10000; ++i)
            message += (i % 3 == 0 ? "." : "") + QByteArray::number(i) + "\r\n";
        const QByteArray block = smtpDataBlock(message);
        QVERIFY(block.endsWith("\r\n.\r\n"));
        // Removing the final line and one dot from every line that starts with one gives the
        // message back (what a server does).
        QByteArray unstuffed = block.chopped(3);
        unstuffed.replace("\r\n..", "\r\n.");
        if (unstuffed.startsWith(".."))
            unstuffed.remove(0, 1);
        QCOMPARE(unstuffed, message);
    }
};

QTEST_GUILESS_MAIN(TestSmtpDataBlock)
#include "tst_smtpdatablock.moc"
