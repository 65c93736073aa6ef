#pragma once

#include "core/Result.h"

#include <QIODevice>
#include <QString>

#include <functional>

// Every file the app writes or replaces goes through here: output files (CSV, HTML, PDF), backups
// and snapshots, and whole database files. A file appears only once it is complete, and a kill at
// any instant leaves either the old or the new file whole.
namespace incentives::files {

// A test hook. INCENTIVES_FAULT names a step (e.g. "replace:renamed"); when the process reaches
// that step it is killed with SIGKILL on the spot, as a power cut or an OOM killer would.
void faultPoint(const char* step);
// Whether INCENTIVES_FAULT names this condition (e.g. "disk-full": every write fails as on a full
// disk).
bool faultArmed(const char* condition);

// The disk holding path has no room left (or a simulated full disk is armed).
bool diskFull(const QString& path);
// "The disk is full: ...", the one message for a write refused for lack of space.
Error diskFullError(const QString& path);

// What a file path names, without opening it (so that a FIFO never blocks).
enum class Kind
{
    Missing,
    Regular,
    Folder,
    Other, // FIFO, device, socket
};
Kind kindOf(const QString& path);

// A database source (open, restore, demo load, migrate --from) must be a regular file that is not
// empty. Refuses folders, FIFOs and devices at once without opening them.
Status checkSource(const QString& path);

// Refuses an output target that is a folder, a device or a FIFO, or that is the database file at
// database (or its -wal, -shm or -journal companions), however it is spelled (links included).
Status checkTarget(const QString& path, const QString& database);

// Writes a new file through a temporary file beside it and an atomic rename: path appears only
// once fill() succeeded and everything reached the disk. On a full disk the error is
// diskFullError(); nothing, not even an empty file, is left behind. A new file gets the mode
// given (0600 for copies of the database), an existing one keeps its own.
Status writeFile(const QString& path, const std::function<Status(QIODevice&)>& fill, bool ownerOnly = false);
Status writeFile(const QString& path, const QByteArray& bytes, bool ownerOnly = false);

// Flushes a file's or a folder's entries to the disk.
bool syncPath(const QString& path);

// Creates an empty file readable by its owner only; fails if anything exists at path.
bool createPrivate(const QString& path);

// Moves ready (a complete database file, closed, beside target) over the database at target:
// ready takes target's permissions and owner, is flushed to the disk, renamed over target in one
// step, and the folder is flushed. The old file is never deleted first: a kill at any instant
// leaves the old or the new database whole. Steps with fault points: "replace:built",
// "replace:synced", "replace:old-log-folded", "replace:renamed", "replace:done".
Status replaceDatabaseFile(const QString& target, const QString& ready);

// Moves a finished file into place under a name that must not exist yet (backups, snapshots).
Status publishNew(const QString& ready, const QString& target);

// Deletes a database file with its -wal, -shm and -journal companions.
bool removeDatabaseFiles(const QString& path);

} // namespace incentives::files
