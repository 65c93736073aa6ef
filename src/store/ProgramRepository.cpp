#include "store/Database.h"
#include "store/Repositories.h"
#include "store/Rows.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace incentives {

Result<QList<Program>> ProgramRepository::programs()
{
    return rows::all<Program>(m_db.exec(rows::select(rows::kProgramColumns, "FROM programs ORDER BY name")),
                              rows::program);
}

Result<Program> ProgramRepository::program(Id id)
{
    return rows::one<Program>(
        m_db.exec(rows::select(rows::kProgramColumns, "FROM programs WHERE id = ?"), {id}), rows::program,
        makeError(ErrorKind::NotFound, QCoreApplication::translate("Programs", "No such program.")));
}

Result<Program> ProgramRepository::programByName(const QString& name)
{
    return rows::one<Program>(
        m_db.exec(rows::select(rows::kProgramColumns, "FROM programs WHERE LOWER(name) = LOWER(?)"),
                  {name.trimmed()}),
        rows::program,
        makeError(ErrorKind::NotFound,
                  QCoreApplication::translate("Programs", "There is no program named '%1'.")
                      .arg(name.trimmed().left(100))));
}

Result<Id> ProgramRepository::insert(const Program& p)
{
    QStringList methods;
    for (PaymentMethod m : p.methods)
        methods.append(paymentMethodCode(m));
    return rows::insertId(
        m_db,
        QStringLiteral("INSERT INTO programs(name, fiscal_year, open_to_all, state, currencies, "
                       "payment_methods, criteria, guide) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {p.name, p.fiscalYear, int(p.openToAll), programStateCode(p.state),
         p.currencies.join(QLatin1Char(',')), methods.join(QLatin1Char(',')), p.criteria, p.guide});
}

Result<QHash<Id, QString>> ProgramRepository::guides(const QList<Id>& programIds)
{
    QHash<Id, QString> out;
    if (programIds.isEmpty())
        return out;
    auto q = m_db.exec(
        QStringLiteral("SELECT id, guide FROM programs WHERE id IN (%1)").arg(m_db.dialect().idSet()),
        {m_db.dialect().idSetValue(QList<qint64>(programIds.cbegin(), programIds.cend()))});
    if (!q)
        return q.error();
    while (q->next())
        out.insert(q->value(0).toLongLong(), q->value(1).toString());
    return out;
}

Status ProgramRepository::setState(Id id, ProgramState state)
{
    return m_db.run(QStringLiteral("UPDATE programs SET state = ?, version = version + 1 WHERE id = ?"),
                    {programStateCode(state), id});
}

Status ProgramRepository::setFiscalYear(Id id, int fiscalYear)
{
    return m_db.run(QStringLiteral("UPDATE programs SET fiscal_year = ?, version = version + 1 WHERE id = ?"),
                    {fiscalYear, id});
}

} // namespace incentives
