#pragma once

#include "core/Result.h"

#include <QString>

// Password hashing with libsodium's Argon2id (crypto_pwhash_str). Only hashes are ever stored.
namespace incentives::passwords {

// At least 12 characters, not only letters or only digits, no control characters.
Status checkStrength(const QString& password);
Result<QString> hash(const QString& password);
bool verify(const QString& storedHash, const QString& password);
// Whether a stored hash was made with other parameters than today's and should be made anew.
bool needsRehash(const QString& storedHash);
// A random temporary password, shown once to the Account admin who creates the user.
QString temporary();
// Spends the time a verification takes, so that an unknown email answers as slowly as a known one.
void burnVerification(const QString& password);

} // namespace incentives::passwords
