#include "services/Passwords.h"

#include <QCoreApplication>

#include <sodium.h>

namespace incentives::passwords {
namespace {

bool ready()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}

// Interactive limits: about a tenth of a second and 64 MiB per hash on this class of machine.
constexpr unsigned long long kOps = crypto_pwhash_OPSLIMIT_INTERACTIVE;
constexpr size_t kMem = crypto_pwhash_MEMLIMIT_INTERACTIVE;

} // namespace

Status checkStrength(const QString& password)
{
    const auto tr = [](const char* text) { return QCoreApplication::translate("Passwords", text); };
    if (password.size() < 12)
        return makeError(ErrorKind::Invalid,
                         tr(QT_TRANSLATE_NOOP("Passwords", "Use at least 12 characters.")),
                         QStringLiteral("password"));
    if (password.size() > 512)
        return makeError(ErrorKind::Invalid,
                         tr(QT_TRANSLATE_NOOP("Passwords", "Use at most 512 characters.")),
                         QStringLiteral("password"));
    bool letter = false;
    bool other = false;
    for (QChar c : password) {
        if (c.category() == QChar::Other_Control)
            return makeError(
                ErrorKind::Invalid,
                tr(QT_TRANSLATE_NOOP("Passwords", "A password cannot contain control characters.")),
                QStringLiteral("password"));
        (c.isLetter() ? letter : other) = true;
    }
    if (!letter || !other)
        return makeError(ErrorKind::Invalid,
                         tr(QT_TRANSLATE_NOOP("Passwords", "Mix letters with digits or symbols.")),
                         QStringLiteral("password"));
    return {};
}

Result<QString> hash(const QString& password)
{
    if (!ready())
        return makeError(ErrorKind::Storage, QStringLiteral("libsodium could not be initialised"));
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), qulonglong(utf8.size()), kOps, kMem) != 0)
        return makeError(ErrorKind::Storage, QCoreApplication::translate(
                                                 "Passwords", "Not enough memory to protect the password."));
    return QString::fromLatin1(out);
}

bool verify(const QString& storedHash, const QString& password)
{
    if (!ready() || storedHash.isEmpty())
        return false;
    const QByteArray h = storedHash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(h.constData(), utf8.constData(), qulonglong(utf8.size())) == 0;
}

bool needsRehash(const QString& storedHash)
{
    if (!ready())
        return false;
    const QByteArray h = storedHash.toLatin1();
    return crypto_pwhash_str_needs_rehash(h.constData(), kOps, kMem) != 0;
}

QString temporary()
{
    (void)ready();
    // No look-alike characters: the Account admin reads it out or copies it.
    static const char alphabet[] = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QString out;
    for (int group = 0; group < 4; ++group) {
        if (group > 0)
            out += QLatin1Char('-');
        for (int i = 0; i < 4; ++i)
            out += QLatin1Char(alphabet[randombytes_uniform(sizeof(alphabet) - 1)]);
    }
    return out;
}

void burnVerification(const QString& password)
{
    // A well-formed hash with today's parameters, written out rather than computed: computing it
    // would cost a second Argon2id run on the first unknown email of every process (each CLI
    // call), which made unknown accounts answer twice as slowly as a wrong password. The salt and
    // digest are fixed bytes that no password matches, so verifying costs exactly one hash.
    static const QString dummy = QStringLiteral("$argon2id$v=19$m=%1,t=%2,p=1$"
                                                "aW5jZW50aXZlcy1kZXNr$"
                                                "dGltaW5nLWVxdWFsaXNlci1kdW1teS1kaWdlc3QtMzI")
                                     .arg(kMem / 1024)
                                     .arg(kOps);
    (void)verify(dummy, password);
}

} // namespace incentives::passwords
