#include "store/Rows.h"

#include "store/Database.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTimeZone>

namespace incentives::rows {

const char* const kLocationColumns =
    "id, partner_id, name, country, city, address, agreement_active, solutions_partner, csp_indirect, "
    "csp_direct, trailing_revenue, customer_adds, default_bank_profile_id, version, legal_name";
const char* const kUserColumns = "id, email, name, active, must_change_password, password_hash, version";
const char* const kProgramColumns =
    "id, name, fiscal_year, open_to_all, state, currencies, payment_methods, criteria, guide, version";
const char* const kBankColumns =
    "id, name, country, payment_method, currency, holder_name, iban, bic, routing_number, institution, "
    "account_number, account_type, bank_name, bank_address, status, status_reason, version, "
    "owner_location_id, contact_name, contact_email, contact_phone, tenant_id, credit_note_status, "
    "tax_exempt";
const char* const kTaxColumns =
    "id, location_id, form, ein, incorporation_country, foreign_tax_id, treaty_country, treaty_article, "
    "signed_on, vat_id, status, status_reason, version, person_name, citizenship_country, birth_date, "
    "no_tax_id_reason";
const char* const kEnrollmentColumns =
    "id, program_id, location_id, program_name, partner_id, location_name, country, fiscal_year, status, "
    "reason, detail, bank_profile_id, validation_due, invited_at, accepted_at, submitted_at, enrolled_at, "
    "updated_at, version, currency, payment_hold, tax_profile_id";

Result<Id> insertId(Database& db, const QString& sql, const QVariantList& values)
{
    auto q = db.exec(sql + QStringLiteral(" RETURNING id"), values);
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorKind::Storage, QStringLiteral("insert returned no id"));
    return q->value(0).toLongLong();
}

Error stale()
{
    return makeError(ErrorKind::Conflict,
                     QCoreApplication::translate("Store",
                                                 "Someone else changed this record since it was opened. "
                                                 "Reload it and try again."));
}

QString select(const char* columns, const char* rest)
{
    return QStringLiteral("SELECT %1 %2").arg(QLatin1String(columns), QLatin1String(rest));
}

QString select(const char* columns, const QString& relation, const char* rest)
{
    return QStringLiteral("SELECT %1 FROM %2 %3").arg(QLatin1String(columns), relation, QLatin1String(rest));
}

QVariant epoch(const QDateTime& utc)
{
    return utc.isValid() ? QVariant(utc.toSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

QDateTime moment(const QVariant& value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromSecsSinceEpoch(value.toLongLong(), QTimeZone::utc());
}

QVariant idOrNull(Id id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

Id id(const QVariant& value)
{
    return value.isNull() ? 0 : value.toLongLong();
}

QVariant date(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QDate toDate(const QVariant& value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

Organization organization(const QSqlQuery& q)
{
    Organization o;
    o.id = q.value(0).toLongLong();
    o.name = q.value(1).toString();
    o.legalName = q.value(2).toString();
    o.globalPartnerId = q.value(3).toString();
    o.country = q.value(4).toString();
    return o;
}

Location location(const QSqlQuery& q)
{
    Location l;
    l.id = q.value(0).toLongLong();
    l.partnerId = q.value(1).toString();
    l.name = q.value(2).toString();
    l.country = q.value(3).toString();
    l.city = q.value(4).toString();
    l.address = q.value(5).toString();
    l.attributes.agreementActive = q.value(6).toBool();
    l.attributes.solutionsPartner = q.value(7).toBool();
    l.attributes.cspIndirectReseller = q.value(8).toBool();
    l.attributes.cspDirectBill = q.value(9).toBool();
    l.attributes.trailingRevenueUsd = q.value(10).toLongLong();
    l.attributes.customerAdds = q.value(11).toInt();
    l.defaultBankProfileId = id(q.value(12));
    l.version = q.value(13).toInt();
    l.legalName = q.value(14).toString();
    return l;
}

User user(const QSqlQuery& q)
{
    User u;
    u.id = q.value(0).toLongLong();
    u.email = q.value(1).toString();
    u.name = q.value(2).toString();
    u.active = q.value(3).toBool();
    u.mustChangePassword = q.value(4).toBool();
    u.passwordHash = q.value(5).toString();
    u.version = q.value(6).toInt();
    return u;
}

Program program(const QSqlQuery& q)
{
    Program p;
    p.id = q.value(0).toLongLong();
    p.name = q.value(1).toString();
    p.fiscalYear = q.value(2).toInt();
    p.openToAll = q.value(3).toBool();
    p.state = programStateFromCode(q.value(4).toString()).value_or(ProgramState::Closed);
    p.currencies = q.value(5).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString& m : q.value(6).toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (auto method = paymentMethodFromCode(m))
            p.methods.append(*method);
    p.criteria = q.value(7).toString();
    p.guide = q.value(8).toString();
    p.version = q.value(9).toInt();
    return p;
}

BankProfile bankProfile(const QSqlQuery& q)
{
    BankProfile b;
    b.id = q.value(0).toLongLong();
    b.name = q.value(1).toString();
    b.country = q.value(2).toString();
    b.method = paymentMethodFromCode(q.value(3).toString()).value_or(PaymentMethod::BankTransfer);
    b.currency = q.value(4).toString();
    b.holderName = q.value(5).toString();
    b.iban = q.value(6).toString();
    b.bic = q.value(7).toString();
    b.routingNumber = q.value(8).toString();
    b.institution = q.value(9).toString();
    b.accountNumber = q.value(10).toString();
    b.accountType = accountTypeFromCode(q.value(11).toString()).value_or(AccountType::Checking);
    b.bankName = q.value(12).toString();
    b.bankAddress = q.value(13).toString();
    b.status = profileStatusFromCode(q.value(14).toString()).value_or(ProfileStatus::PendingValidation);
    b.statusReason = q.value(15).toString();
    b.version = q.value(16).toInt();
    b.ownerLocationId = rows::id(q.value(17));
    b.contactName = q.value(18).toString();
    b.contactEmail = q.value(19).toString();
    b.contactPhone = q.value(20).toString();
    b.tenantId = q.value(21).toString();
    b.creditNoteStatus =
        creditNoteStatusFromCode(q.value(22).toString()).value_or(CreditNoteStatus::VerificationNeeded);
    b.taxExempt = q.value(23).toInt() != 0;
    return b;
}

TaxProfile taxProfile(const QSqlQuery& q)
{
    TaxProfile t;
    t.id = q.value(0).toLongLong();
    t.locationId = q.value(1).toLongLong();
    t.form = taxFormFromCode(q.value(2).toString()).value_or(TaxForm::W9);
    t.ein = q.value(3).toString();
    t.countryOfIncorporation = q.value(4).toString();
    t.foreignTaxId = q.value(5).toString();
    t.treatyCountry = q.value(6).toString();
    t.treatyArticle = q.value(7).toString();
    t.signedOn = toDate(q.value(8));
    t.vatId = q.value(9).toString();
    t.status = profileStatusFromCode(q.value(10).toString()).value_or(ProfileStatus::PendingValidation);
    t.statusReason = q.value(11).toString();
    t.version = q.value(12).toInt();
    t.personName = q.value(13).toString();
    t.citizenshipCountry = q.value(14).toString();
    t.birthDate = toDate(q.value(15));
    t.noTaxIdReason = q.value(16).toString();
    return t;
}

} // namespace incentives::rows
