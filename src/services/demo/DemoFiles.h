#pragma once

#include "services/AppContext.h"

#include <functional>

// Whole demo databases: a fresh demo, and named snapshots a presenter saves and loads back.
// Snapshots are consistent copies made by the database itself (VACUUM INTO), never raw copies of
// a file in use. Functions that replace a file need every connection to it closed first.
namespace incentives::demofiles {

QString snapshotsFolder(const QString& databasePath);
Result<QStringList> snapshots(const QString& databasePath);
// Refused outside demo databases.
Status saveSnapshot(AppContext& ctx, const Actor& actor, const QString& name);

// Builds a new database beside path with fill(), then moves it into place; on failure the old
// file stays as it was.
Status buildInPlace(const QString& path, const std::function<Status(AppContext&)>& fill);
// What a new database records before it is moved into place (who put it there), so that the
// record and the replacement are one: a kill leaves both or neither.
using BeforeMove = std::function<Status(AppContext&)>;

// Replaces the file at path with a freshly seeded demo database; on failure the old file stays.
Status createDemo(const QString& path, const BeforeMove& before = {});
// Replaces the demo database at path with a saved snapshot; on failure the old file stays.
Status restoreSnapshot(const QString& path, const QString& name, const BeforeMove& before = {});
// Replaces the database at path with a backup made by backupTo() (any database of ours, demo or
// not); the backup is checked to open first. On failure the old file stays.
Status restoreBackup(const QString& path, const QString& backup, const BeforeMove& before = {});
// PRAGMA integrity_check, foreign keys and the audit log's hash chain; an empty list when all is well.
Result<QStringList> checkIntegrity(AppContext& ctx);

// Deletes a database file with its -wal and -shm companions.
bool removeDatabaseFiles(const QString& path);

} // namespace incentives::demofiles
