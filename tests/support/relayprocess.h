#pragma once

#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

namespace diffusion::test {

// `diffusion-cli relay` on 127.0.0.1 and a port of its choosing, with its event log, for tests
// that look at what a client did on the server side (connections, messages per connection).
class RelayProcess final
{
public:
    explicit RelayProcess(const QStringList &extraArguments = {});
    ~RelayProcess();

    bool start();
    quint16 port() const { return m_port; }
    // The log's events so far, oldest first.
    QList<QJsonObject> events() const;
    QString errorString() const { return m_error; }

private:
    QTemporaryDir m_dir;
    QStringList m_extra;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace diffusion::test
