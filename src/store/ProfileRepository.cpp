#include "store/Database.h"
#include "store/Repositories.h"
#include "store/Rows.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace incentives {
namespace {

QVariantList bankValues(const BankProfile& b)
{
    return {b.name,
            b.country,
            paymentMethodCode(b.method),
            b.currency,
            b.holderName,
            b.iban,
            b.bic,
            b.routingNumber,
            b.institution,
            b.accountNumber,
            accountTypeCode(b.accountType),
            b.bankName,
            b.bankAddress,
            b.contactName,
            b.contactEmail,
            b.contactPhone,
            b.tenantId,
            creditNoteStatusCode(b.creditNoteStatus),
            b.taxExempt ? 1 : 0};
}

QVariantList taxValues(const TaxProfile& t, const QDateTime& expiresAt)
{
    return {taxFormCode(t.form),
            t.ein,
            t.countryOfIncorporation,
            t.foreignTaxId,
            t.treatyCountry,
            t.treatyArticle,
            rows::date(t.signedOn),
            rows::epoch(expiresAt),
            t.vatId,
            t.personName,
            t.citizenshipCountry,
            rows::date(t.birthDate),
            t.noTaxIdReason};
}

} // namespace

Result<QList<BankProfile>> ProfileRepository::bankProfiles()
{
    return rows::all<BankProfile>(
        m_db.exec(rows::select(rows::kBankColumns, m_db.dialect().readable(QStringLiteral("bank_profiles")),
                               "ORDER BY name")),
        rows::bankProfile);
}

Result<QList<BankProfile>> ProfileRepository::findBankProfiles(const QString& text, int limit)
{
    QString pattern = text.trimmed().toLower();
    pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return rows::all<BankProfile>(
        m_db.exec(
            rows::select(rows::kBankColumns,
                         "FROM bank_profiles WHERE lower(name) LIKE ? ESCAPE '\\' ORDER BY name LIMIT ?"),
            {QLatin1Char('%') + pattern + QLatin1Char('%'), qMax(1, limit)}),
        rows::bankProfile);
}

Result<BankProfile> ProfileRepository::bankProfile(Id id)
{
    return rows::one<BankProfile>(
        m_db.exec(rows::select(rows::kBankColumns, m_db.dialect().readable(QStringLiteral("bank_profiles")),
                               "WHERE id = ?"),
                  {id}),
        rows::bankProfile,
        makeError(ErrorKind::NotFound, QCoreApplication::translate("Profiles", "No such bank profile.")));
}

Result<BankProfile> ProfileRepository::bankProfileByName(const QString& name)
{
    return rows::one<BankProfile>(
        m_db.exec(rows::select(rows::kBankColumns, m_db.dialect().readable(QStringLiteral("bank_profiles")),
                               "WHERE LOWER(name) = LOWER(?)"),
                  {name.trimmed()}),
        rows::bankProfile,
        makeError(ErrorKind::NotFound,
                  QCoreApplication::translate("Profiles", "There is no bank profile named '%1'.")
                      .arg(name.trimmed().left(100))));
}

Result<Id> ProfileRepository::insertBank(const BankProfile& b, const QDateTime& now)
{
    QVariantList values = bankValues(b);
    values << profileStatusCode(b.status) << b.statusReason << rows::epoch(now) << rows::epoch(now)
           << rows::idOrNull(b.ownerLocationId);
    return rows::insertId(
        m_db,
        QStringLiteral("INSERT INTO bank_profiles(name, country, payment_method, currency, "
                       "holder_name, iban, bic, routing_number, institution, account_number, "
                       "account_type, bank_name, bank_address, contact_name, contact_email, "
                       "contact_phone, tenant_id, credit_note_status, tax_exempt, status, status_reason, "
                       "created_at, updated_at, owner_location_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                       "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        values);
}

Status ProfileRepository::updateBank(const BankProfile& b, const QDateTime& now)
{
    QVariantList values = bankValues(b);
    values << profileStatusCode(b.status) << b.statusReason << rows::epoch(now) << b.id << b.version;
    auto q = m_db.exec(QStringLiteral("UPDATE bank_profiles SET name = ?, country = ?, payment_method = ?, "
                                      "currency = ?, holder_name = ?, iban = ?, bic = ?, routing_number = ?, "
                                      "institution = ?, account_number = ?, account_type = ?, bank_name = ?, "
                                      "bank_address = ?, contact_name = ?, contact_email = ?, "
                                      "contact_phone = ?, tenant_id = ?, credit_note_status = ?, "
                                      "tax_exempt = ?, status = ?, status_reason = ?, updated_at = ?, "
                                      "version = version + 1 WHERE id = ? AND version = ?"),
                       values);
    if (!q)
        return q.error();
    return q->numRowsAffected() == 1 ? Status() : Status(rows::stale());
}

Status ProfileRepository::setBankStatus(Id id, ProfileStatus status, const QString& reason,
                                        const QDateTime& now)
{
    return m_db.run(QStringLiteral("UPDATE bank_profiles SET status = ?, status_reason = ?, updated_at = ?, "
                                   "version = version + 1 WHERE id = ?"),
                    {profileStatusCode(status), reason, rows::epoch(now), id});
}

Result<QList<Id>> ProfileRepository::locationsWithDefault(Id bankProfileId)
{
    return rows::all<Id>(
        m_db.exec(QStringLiteral("SELECT id FROM locations WHERE default_bank_profile_id = ? "
                                 "ORDER BY partner_id"),
                  {bankProfileId}),
        [](const QSqlQuery& q) { return q.value(0).toLongLong(); });
}

Result<std::optional<TaxProfile>> ProfileRepository::taxProfile(Id locationId)
{
    auto q =
        m_db.exec(rows::select(rows::kTaxColumns, m_db.dialect().readable(QStringLiteral("tax_profiles")),
                               "WHERE location_id = ? ORDER BY id LIMIT 1"),
                  {locationId});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<TaxProfile>();
    return std::optional<TaxProfile>(rows::taxProfile(*q));
}

Result<QList<TaxProfile>> ProfileRepository::taxProfiles(Id locationId)
{
    return rows::all<TaxProfile>(
        m_db.exec(rows::select(rows::kTaxColumns, m_db.dialect().readable(QStringLiteral("tax_profiles")),
                               "WHERE location_id = ? ORDER BY id"),
                  {locationId}),
        rows::taxProfile);
}

Result<TaxProfile> ProfileRepository::taxProfileById(Id id)
{
    return rows::one<TaxProfile>(
        m_db.exec(rows::select(rows::kTaxColumns, m_db.dialect().readable(QStringLiteral("tax_profiles")),
                               "WHERE id = ?"),
                  {id}),
        rows::taxProfile,
        makeError(ErrorKind::NotFound,
                  QCoreApplication::translate("Profiles", "There is no tax profile %1.").arg(id),
                  QStringLiteral("tax")));
}

Result<std::optional<TaxProfile>> ProfileRepository::assignedTaxProfile(const Enrollment& e)
{
    if (e.taxProfileId == 0)
        return taxProfile(e.locationId);
    auto t = taxProfileById(e.taxProfileId);
    if (!t)
        return t.error();
    return std::optional<TaxProfile>(*t);
}

Result<Id> ProfileRepository::insertTax(const TaxProfile& t, const QDateTime& expiresAt, const QDateTime& now)
{
    QVariantList values{t.locationId};
    values << taxValues(t, expiresAt) << profileStatusCode(t.status) << t.statusReason << rows::epoch(now)
           << rows::epoch(now);
    return rows::insertId(
        m_db,
        QStringLiteral(
            "INSERT INTO tax_profiles(location_id, form, ein, incorporation_country, "
            "foreign_tax_id, treaty_country, treaty_article, signed_on, expires_at, "
            "vat_id, person_name, citizenship_country, birth_date, no_tax_id_reason, status, "
            "status_reason, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "?, ?, ?, ?, ?)"),
        values);
}

Status ProfileRepository::updateTax(const TaxProfile& t, const QDateTime& expiresAt, const QDateTime& now)
{
    QVariantList values = taxValues(t, expiresAt);
    values << profileStatusCode(t.status) << t.statusReason << rows::epoch(now) << t.id << t.version;
    auto q = m_db.exec(
        QStringLiteral("UPDATE tax_profiles SET form = ?, ein = ?, incorporation_country = ?, "
                       "foreign_tax_id = ?, treaty_country = ?, treaty_article = ?, signed_on = ?, "
                       "expires_at = ?, vat_id = ?, person_name = ?, citizenship_country = ?, "
                       "birth_date = ?, no_tax_id_reason = ?, status = ?, status_reason = ?, updated_at = ?, "
                       "version = version + 1 WHERE id = ? AND version = ?"),
        values);
    if (!q)
        return q.error();
    return q->numRowsAffected() == 1 ? Status() : Status(rows::stale());
}

Status ProfileRepository::setTaxStatus(Id id, ProfileStatus status, const QString& reason,
                                       const QDateTime& now)
{
    return m_db.run(QStringLiteral("UPDATE tax_profiles SET status = ?, status_reason = ?, updated_at = ?, "
                                   "version = version + 1 WHERE id = ?"),
                    {profileStatusCode(status), reason, rows::epoch(now), id});
}

Result<QDateTime> ProfileRepository::nextTaxExpiry(const QDateTime& after)
{
    auto v = m_db.scalar(QStringLiteral("SELECT MIN(expires_at) FROM tax_profiles WHERE expires_at > ?"),
                         {rows::epoch(after)});
    if (!v)
        return v.error();
    return rows::moment(*v);
}

Result<QList<TaxProfile>> ProfileRepository::taxProfilesExpiringAt(const QDateTime& at)
{
    return rows::all<TaxProfile>(
        m_db.exec(rows::select(rows::kTaxColumns, m_db.dialect().readable(QStringLiteral("tax_profiles")),
                               "WHERE expires_at = ? ORDER BY location_id"),
                  {rows::epoch(at)}),
        rows::taxProfile);
}

namespace {

const char* const kDocumentColumns =
    "id, tax_profile_id, location_id, file_name, media_type, size_bytes, sha256, added_by_name, added_at";

TaxDocument documentRow(const QSqlQuery& q)
{
    TaxDocument d;
    d.id = q.value(0).toLongLong();
    d.taxProfileId = q.value(1).toLongLong();
    d.locationId = q.value(2).toLongLong();
    d.fileName = q.value(3).toString();
    d.mediaType = q.value(4).toString();
    d.size = q.value(5).toLongLong();
    d.sha256 = q.value(6).toString();
    d.addedBy = q.value(7).toString();
    d.addedAt = rows::moment(q.value(8));
    return d;
}

} // namespace

Result<QList<TaxDocument>> ProfileRepository::taxDocuments(Id taxProfileId)
{
    return rows::all<TaxDocument>(m_db.exec(rows::select(kDocumentColumns, QStringLiteral("tax_documents"),
                                                         "WHERE tax_profile_id = ? ORDER BY added_at, id"),
                                            {taxProfileId}),
                                  documentRow);
}

Result<TaxDocument> ProfileRepository::taxDocument(Id id)
{
    auto q = m_db.exec(QStringLiteral("SELECT %1, content FROM tax_documents WHERE id = ?")
                           .arg(QLatin1String(kDocumentColumns)),
                       {id});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(
            ErrorKind::NotFound,
            QCoreApplication::translate("ProfileRepository", "There is no document %1.").arg(id));
    TaxDocument d = documentRow(*q);
    d.content = q->value(9).toByteArray();
    return d;
}

Result<bool> ProfileRepository::hasTaxDocument(Id taxProfileId, const QString& sha256)
{
    auto v = m_db.scalar(
        QStringLiteral("SELECT COUNT(*) FROM tax_documents WHERE tax_profile_id = ? AND sha256 = ?"),
        {taxProfileId, sha256});
    if (!v)
        return v.error();
    return v->toInt() > 0;
}

Result<Id> ProfileRepository::insertTaxDocument(const TaxDocument& d, Id addedById)
{
    return rows::insertId(
        m_db,
        QStringLiteral(
            "INSERT INTO tax_documents(tax_profile_id, location_id, file_name, media_type, size_bytes, "
            "sha256, content, added_by, added_by_name, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {d.taxProfileId, d.locationId, d.fileName, d.mediaType, d.size, d.sha256, d.content,
         rows::idOrNull(addedById), d.addedBy, rows::epoch(d.addedAt)});
}

} // namespace incentives
