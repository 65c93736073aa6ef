#include "store/Files.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStorageInfo>

#include <atomic>
#include <csignal>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace incentives::files {
namespace {

// The translation context of this file: lupdate reads it from the declaration.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Files)
};

std::atomic<int> g_connections{0};

QByteArray native(const QString& path)
{
    return QFile::encodeName(path);
}

// Applies the database's mode and owner to its replacement, so that a chmod 600 database stays
// private and a shared one stays shared.
void takeOwnership(const QString& from, const QString& to)
{
    struct stat old
    {
    };
    if (::stat(native(from).constData(), &old) != 0)
        return;
    const QByteArray target = native(to);
    struct stat fresh
    {
    };
    if (::stat(target.constData(), &fresh) == 0 && (fresh.st_uid != old.st_uid || fresh.st_gid != old.st_gid))
        (void)::chown(target.constData(), old.st_uid, old.st_gid); // only root may give files away
    (void)::chmod(target.constData(), old.st_mode & 07777);
}

// Folds a write-ahead log or a rollback journal left beside a database into the file (SQLite does
// it on open), so that removing the companions loses nothing and a log never meets a file it was
// not written for.
void foldLog(const QString& path)
{
    const bool log = QFileInfo::exists(path + QStringLiteral("-wal")) ||
                     QFileInfo::exists(path + QStringLiteral("-journal"));
    if (!log || kindOf(path) != Kind::Regular)
        return;
    const QString name = QStringLiteral("incentives-fold-%1").arg(g_connections++);
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        c.setDatabaseName(path);
        if (c.open()) {
            QSqlQuery q(c);
            (void)q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        c.close();
    }
    QSqlDatabase::removeDatabase(name);
}

bool sameFile(const QString& a, const QString& b)
{
    struct stat sa
    {
    };
    struct stat sb
    {
    };
    if (::stat(native(a).constData(), &sa) != 0 || ::stat(native(b).constData(), &sb) != 0)
        return false;
    return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

// The path with its folder's links resolved, for files that do not exist yet.
QString resolved(const QString& path)
{
    const QFileInfo info(path);
    const QString dir = QFileInfo(info.absolutePath()).canonicalFilePath();
    return dir.isEmpty() ? info.absoluteFilePath() : QDir(dir).filePath(info.fileName());
}

Error writeError(const QString& path, const QString& why)
{
    if (diskFull(path))
        return diskFullError(path);
    return makeError(ErrorKind::Storage, Tr::tr("Cannot write %1: %2").arg(path, why));
}

} // namespace

void faultPoint(const char* step)
{
    static const QByteArray armed = qgetenv("INCENTIVES_FAULT");
    if (!armed.isEmpty() && armed == step) {
        std::fflush(nullptr);
        ::raise(SIGKILL);
    }
}

bool faultArmed(const char* condition)
{
    return qgetenv("INCENTIVES_FAULT") == condition;
}

bool diskFull(const QString& path)
{
    if (faultArmed("disk-full") || faultArmed("disk-full-open"))
        return true;
    QFileInfo info(path);
    const QStorageInfo storage(info.isDir() ? info.absoluteFilePath() : info.absolutePath());
    // A few blocks are what a write that just failed for lack of room leaves.
    return storage.isValid() && storage.bytesAvailable() < 64 * 1024;
}

Error diskFullError(const QString& path)
{
    return makeError(
        ErrorKind::Storage,
        Tr::tr("The disk is full: %1 was not written. Free some space and try again.").arg(path));
}

Kind kindOf(const QString& path)
{
    struct stat st
    {
    };
    if (::stat(native(path).constData(), &st) != 0)
        return Kind::Missing;
    if (S_ISREG(st.st_mode))
        return Kind::Regular;
    if (S_ISDIR(st.st_mode))
        return Kind::Folder;
    return Kind::Other;
}

Status checkSource(const QString& path)
{
    switch (kindOf(path)) {
    case Kind::Missing:
        return makeError(ErrorKind::NotFound, Tr::tr("There is no file at %1.").arg(path));
    case Kind::Folder:
        return makeError(ErrorKind::Invalid, Tr::tr("%1 is a folder, not a database file.").arg(path));
    case Kind::Other:
        return makeError(ErrorKind::Invalid,
                         Tr::tr("%1 is a device or a pipe, not a database file.").arg(path));
    case Kind::Regular:
        break;
    }
    if (QFileInfo(path).size() == 0)
        return makeError(ErrorKind::Invalid, Tr::tr("%1 is empty: it holds no database.").arg(path));
    return {};
}

Status checkTarget(const QString& path, const QString& database)
{
    switch (kindOf(path)) {
    case Kind::Folder:
        return makeError(ErrorKind::Invalid, Tr::tr("%1 is a folder; give a file name.").arg(path));
    case Kind::Other:
        return makeError(ErrorKind::Invalid,
                         Tr::tr("%1 is a device or a pipe; give the name of a regular file.").arg(path));
    case Kind::Missing:
    case Kind::Regular:
        break;
    }
    if (database.isEmpty() || database.contains(QLatin1String("://")))
        return {};
    const QString target = resolved(path);
    for (const QString& suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        const QString companion = database + suffix;
        if (target == resolved(companion) || sameFile(path, companion))
            return makeError(ErrorKind::Invalid,
                             Tr::tr("%1 is the open database itself; choose another file.").arg(path));
    }
    return {};
}

Status writeFile(const QString& path, const std::function<Status(QIODevice&)>& fill, bool ownerOnly)
{
    if (auto s = checkTarget(path, {}); !s)
        return s;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return writeError(path, file.errorString());
    if (ownerOnly && !QFileInfo::exists(path))
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (auto s = fill(file); !s) {
        file.cancelWriting();
        return s;
    }
    if (faultArmed("disk-full")) {
        file.cancelWriting();
        file.commit(); // removes the temporary file
        return diskFullError(path);
    }
    if (file.error() != QFileDevice::NoError || !file.commit())
        return writeError(path, file.errorString());
    syncPath(QFileInfo(path).absolutePath());
    return {};
}

Status writeFile(const QString& path, const QByteArray& bytes, bool ownerOnly)
{
    return writeFile(
        path,
        [&bytes](QIODevice& out) -> Status {
            if (out.write(bytes) != bytes.size())
                return makeError(ErrorKind::Storage, out.errorString());
            return {};
        },
        ownerOnly);
}

bool syncPath(const QString& path)
{
    const int fd = ::open(native(path).constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

bool createPrivate(const QString& path)
{
    const int fd = ::open(native(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return false;
    ::close(fd);
    return true;
}

Status replaceDatabaseFile(const QString& target, const QString& ready)
{
    const auto failed = [&](const QString& why) {
        removeDatabaseFiles(ready);
        return makeError(ErrorKind::Storage, Tr::tr("Cannot write %1: %2").arg(target, why));
    };
    if (kindOf(ready) != Kind::Regular)
        return failed(Tr::tr("the new database is missing"));
    // The new file is complete and closed; its own log companions are empty and go.
    for (const QString& suffix : {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(ready + suffix);
    faultPoint("replace:built");

    const Kind old = kindOf(target);
    if (old == Kind::Folder || old == Kind::Other)
        return failed(Tr::tr("it is not a regular file"));
    if (old == Kind::Regular)
        takeOwnership(target, ready);
    if (!syncPath(ready))
        return diskFull(ready) ? (removeDatabaseFiles(ready), diskFullError(target))
                               : failed(Tr::tr("the new database could not be flushed to the disk"));
    faultPoint("replace:synced");

    if (old == Kind::Regular) {
        // The old file's log belongs to the old file: fold it in, then drop the companions, so
        // that the old file stays whole by itself until the rename.
        foldLog(target);
        for (const QString& suffix :
             {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
            if (QFileInfo::exists(target + suffix) && !QFile::remove(target + suffix))
                return failed(Tr::tr("%1 cannot be removed").arg(target + suffix));
    }
    faultPoint("replace:old-log-folded");

    if (::rename(native(ready).constData(), native(target).constData()) != 0)
        return failed(QString::fromLocal8Bit(std::strerror(errno)));
    faultPoint("replace:renamed");
    syncPath(QFileInfo(target).absolutePath());
    faultPoint("replace:done");
    return {};
}

Status publishNew(const QString& ready, const QString& target)
{
    if (!syncPath(ready)) {
        QFile::remove(ready);
        return diskFullError(target);
    }
    // link() refuses an existing name, so a file that appeared meanwhile is never overwritten.
    if (::link(native(ready).constData(), native(target).constData()) != 0) {
        int error = errno;
        if (error != EEXIST && QFileInfo::exists(target))
            error = EEXIST;
        else if (error != EEXIST && ::rename(native(ready).constData(), native(target).constData()) == 0) {
            syncPath(QFileInfo(target).absolutePath()); // a file system without hard links
            return {};
        }
        QFile::remove(ready);
        if (error == EEXIST)
            return makeError(ErrorKind::Conflict,
                             Tr::tr("%1 exists already; choose another name.").arg(target));
        return makeError(
            ErrorKind::Storage,
            Tr::tr("Cannot write %1: %2").arg(target, QString::fromLocal8Bit(std::strerror(error))));
    }
    QFile::remove(ready);
    syncPath(QFileInfo(target).absolutePath());
    return {};
}

bool removeDatabaseFiles(const QString& path)
{
    bool ok = true;
    for (const QString& suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        if (QFileInfo::exists(path + suffix))
            ok = QFile::remove(path + suffix) && ok;
    return ok;
}

} // namespace incentives::files
