#pragma once

#include "services/DirectoryService.h"

#include <QAbstractTableModel>
#include <QList>

namespace incentives::gui {

// One person the sign-in dialog lists: what its three columns show, kept compactly (tens of
// thousands are held while the dialog is open).
class Person
{
public:
    Person() = default;
    Person(const QString& name, const QString& email, const QString& roles);
    QString name() const { return part(0); }
    QString email() const { return part(1); }
    QString roles() const { return part(2); }
    // Whether name, email or roles contain text, given case-folded as UTF-8.
    bool contains(const QByteArray& foldedText) const;
    // Whether this is the person with the email given as UTF-8, read in place.
    bool hasEmail(const QByteArray& email) const;

private:
    QString part(int n) const;
    QByteArray m_text; // name, email and roles as UTF-8, each ended by a NUL
};

// The people to sign in as, in the order a person reads names, filtered by what is typed: a list
// of tens of thousands is arranged once (off the window's thread where it is long) and filtered
// without a proxy, so that neither opening nor typing waits on it.
class PeopleModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PeopleModel)

public:
    enum Column
    {
        NameColumn,
        EmailColumn,
        RolesColumn,
        ColumnCount
    };
    static constexpr int EmailRole = Qt::UserRole;

    explicit PeopleModel(QObject* parent = nullptr);

    // The people one may sign in as (DirectoryService::forEachSignInChoice), in reading order: "Admin 2"
    // before "Admin 10", accents and case aside. Safe on any thread, with a DirectoryService of its own.
    static Result<QList<Person>> arrange(DirectoryService directory);

    void setPeople(QList<Person> people);
    // Shows only those whose name, email or roles contain text, case aside.
    void setFilter(const QString& text);
    // Lists this person alone (an unlock), whatever is set or filtered afterwards.
    void restrictTo(const QString& email);
    int rowOf(const QString& email) const; // -1: not shown
    QString emailAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void refilter(bool amongShown = false); // amongShown: only the rows shown may stay

    QList<Person> m_people;
    QList<qsizetype> m_shown; // indexes into m_people
    QByteArray m_filter;      // case-folded, UTF-8
    QByteArray m_only;        // restrictTo(), UTF-8
};

} // namespace incentives::gui
