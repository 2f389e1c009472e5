// Keyboard reach in every area of the console: Tab from the navigation visits each control of
// the shown area once, in reading order (top to bottom, then left to right within a row), and
// comes back to the navigation.
#include "deliveryfixture.h"
#include "mainwindow.h"
#include "navigation.h"

#include <QAbstractButton>
#include <QApplication>
#include <QTest>

using namespace diffusion;
using namespace diffusion::ui;
using Area = Navigation::Area;

class TestTabOrder final : public QObject
{
    Q_OBJECT

    static bool takesTab(QWidget *w, QWidget *area)
    {
        return w->isVisibleTo(area) && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) && area->isAncestorOf(w);
    }

private Q_SLOTS:
    void everyAreaInReadingOrder_data()
    {
        QTest::addColumn<int>("area");
        for (const Area area : Navigation::areas())
            QTest::newRow(qPrintable(Navigation::title(area))) << int(area);
    }

    void everyAreaInReadingOrder()
    {
        QFETCH(int, area);
        test::DeliveryFixture fixture({u"a.test"_qs}, 3);
        MainWindow window(fixture.workspace());
        window.resize(1400, 1000);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.showArea(Area(area));
        QWidget *shown = window.areaWidget(Area(area));
        window.navigation()->setFocus(Qt::TabFocusReason);
        QList<QWidget *> visited;
        for (int i = 0; i < 80; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QWidget *now = QApplication::focusWidget();
            if (now == window.navigation())
                break;
            if (shown->isAncestorOf(now))
                visited.append(now);
        }
        QStringList order;
        QPoint previous(-1, -1);
        for (QWidget *w : visited) {
            const QPoint at = w->mapTo(&window, QPoint(0, 0));
            order.append(u"%1(%2,%3)"_qs.arg(w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className()) : w->objectName())
                             .arg(at.x()).arg(at.y()));
            // Reading order: the next control is lower, or on the same row and further right.
            const bool sameRow = qAbs(at.y() - previous.y()) <= 4;
            QVERIFY2(at.y() > previous.y() + 4 || (sameRow && at.x() >= previous.x()), qPrintable(order.join(u" → "_qs)));
            previous = at;
        }
        // Every control of the area is reached.
        for (QWidget *w : shown->findChildren<QWidget *>()) {
            if (takesTab(w, shown) && !w->focusProxy())
                QVERIFY2(visited.contains(w), qPrintable(w->objectName() + u" "_qs + QString::fromLatin1(w->metaObject()->className())));
        }
    }
};

QTEST_MAIN(TestTabOrder)
#include "tst_taborder.moc"
