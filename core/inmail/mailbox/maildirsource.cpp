#include "maildirsource.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace diffusion {

namespace {

QString keyOf(const QString &fileName)
{
    return fileName.section(u':', 0, 0);
}

// The messages of new/ and cur/, oldest delivery first (the file's time, then its name, which
// starts with the delivery second).
QFileInfoList messageFiles(const QString &maildir)
{
    QFileInfoList files;
    for (const QString &sub : {u"new"_qs, u"cur"_qs})
        files += QDir(maildir + u'/' + sub).entryInfoList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
    std::stable_sort(files.begin(), files.end(), [](const QFileInfo &a, const QFileInfo &b) {
        const QDateTime aTime = a.lastModified(), bTime = b.lastModified();
        return aTime != bTime ? aTime < bTime : a.fileName() < b.fileName();
    });
    return files;
}

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

} // namespace

MaildirSource::MaildirSource(const MailboxSpec &spec)
    : m_spec(spec)
{
}

QList<MailboxMessage> MaildirSource::fetch()
{
    if (m_closed)
        throw MailboxError(tr("The session with the Maildir %1 has ended: open it again.").arg(m_spec.path));
    QList<MailboxMessage> messages;
    for (const QFileInfo &file : messageFiles(m_spec.path)) {
        if (messages.size() >= m_spec.maxMessages)
            break;
        const QString key = keyOf(file.fileName());
        if (m_disposed.contains(key) || m_spec.skipKeys.contains(key))
            continue;
        QFile message(file.filePath());
        if (!message.open(QIODevice::ReadOnly)) {
            message.setFileName(locate(key)); // a reader moved it from new/ to cur/ meanwhile
            if (message.fileName().isEmpty() || !message.open(QIODevice::ReadOnly))
                continue;
        }
        m_paths.insert(key, message.fileName());
        messages.append({key, message.readAll()});
    }
    return messages;
}

QString MaildirSource::locate(const QString &key)
{
    const QString known = m_paths.value(key);
    if (!known.isEmpty() && QFileInfo::exists(known))
        return known;
    for (const QString &sub : {u"new"_qs, u"cur"_qs}) {
        const QDir dir(m_spec.path + u'/' + sub);
        for (const QString &name : dir.entryList({key + u'*'}, QDir::Files)) {
            if (keyOf(name) == key)
                return dir.filePath(name);
        }
    }
    return {};
}

QString MaildirSource::prepareMoveFolder()
{
    const QString folder = m_spec.path + u"/."_qs + m_spec.moveTo;
    struct stat owner{};
    const bool chownNeeded = ::geteuid() == 0 && ::stat(QFile::encodeName(m_spec.path).constData(), &owner) == 0;
    for (const QString &dir : QStringList{folder, folder + u"/cur"_qs, folder + u"/new"_qs, folder + u"/tmp"_qs}) {
        const QByteArray path = QFile::encodeName(dir);
        if (::mkdir(path.constData(), 0700) != 0 && errno != EEXIST)
            throw MailboxError(tr("Could not create the folder %1 to move the messages to (%2): check that you may write "
                                  "in %3.")
                                   .arg(dir, systemError(), m_spec.path));
        if (chownNeeded && ::chown(path.constData(), owner.st_uid, owner.st_gid) != 0)
            throw MailboxError(tr("Could not give %1 to the owner of %2 (%3).").arg(dir, m_spec.path, systemError()));
    }
    // Maildir++ marks a sub-folder with this empty file (Dovecot and Courier look for it).
    const QByteArray marker = QFile::encodeName(folder + u"/maildirfolder"_qs);
    const int created = ::open(marker.constData(), O_WRONLY | O_CREAT | O_EXCL, 0600);
    if (created >= 0) {
        ::close(created);
        if (chownNeeded && ::chown(marker.constData(), owner.st_uid, owner.st_gid) != 0)
            throw MailboxError(tr("Could not give %1 to the owner of %2 (%3).")
                                   .arg(QFile::decodeName(marker), m_spec.path, systemError()));
    }
    return folder;
}

void MaildirSource::dispose(const MailboxMessage &message)
{
    if (m_spec.after == AfterProcessing::Keep)
        m_disposed.insert(message.key); // stays, but the next fetch() of the session skips it
    if (m_disposed.contains(message.key))
        return;
    if (m_closed)
        throw MailboxError(tr("The session with the Maildir %1 has ended: open it again.").arg(m_spec.path));
    const QString path = locate(message.key);
    if (path.isEmpty()) { // deleted or moved by someone else: nothing left to do
        m_disposed.insert(message.key);
        return;
    }
    const QByteArray from = QFile::encodeName(path);
    if (m_spec.after == AfterProcessing::Delete) {
        if (::unlink(from.constData()) != 0 && errno != ENOENT)
            throw MailboxError(tr("Could not delete %1 (%2): check that you may write in %3.")
                                   .arg(path, systemError(), QFileInfo(path).path()));
    } else {
        // A message in cur/ carries an info part, even an empty one (":2,").
        QString name = QFileInfo(path).fileName();
        if (!name.contains(u':'))
            name += u":2,"_qs;
        const QString target = prepareMoveFolder() + u"/cur/"_qs + name;
        if (::rename(from.constData(), QFile::encodeName(target).constData()) != 0 && errno != ENOENT)
            throw MailboxError(tr("Could not move %1 to %2 (%3): check that you may write in both folders.")
                                   .arg(path, target, systemError()));
    }
    m_disposed.insert(message.key);
}

} // namespace diffusion
