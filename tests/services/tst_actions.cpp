// The Action Center: each event sends exactly one message, to the people it concerns and nobody
// else, in the transaction of the event; tax-form reminders come 30 and 7 days before expiry exactly
// once, however far the clock jumps; a mandatory action closes when it is done and cannot be
// dismissed; a recommended one can; the list is ordered mandatory first, then by due date.
#include "core/Actions.h"
#include "core/FiscalCalendar.h"
#include "services/DirectoryService.h"
#include "services/EnrollmentService.h"
#include "services/ProfileService.h"
#include "services/Simulation.h"
#include "services/demo/DemoSeed.h"
#include "services/demo/PresenterTools.h"

#include "store/Transaction.h"

#include <QStandardPaths>
#include <QTemporaryDir>

#include "TestDatabase.h"
#include <QTest>

#include <algorithm>
#include <limits>
#include <tuple>

using namespace incentives;
using S = EnrollmentStatus;

namespace {
const QString kUS = QStringLiteral("4649101");
const QString kGB = QStringLiteral("4649102");
const QString kDE = QStringLiteral("4649103");
const QString kFR = QStringLiteral("4649106");
const QString kBao = QStringLiteral("bao.nguyen@contoso.example");            // Incentives admin of US and DE
const QString kCharlotte = QStringLiteral("charlotte.evans@contoso.example"); // of GB
const QString kEmma = QStringLiteral("emma.schmidt@contoso.example");         // Incentives user of US and DE
const QString kFarah = QStringLiteral("farah.haddad@contoso.example");        // Account admin, admin of FR
const QString kAvery = QStringLiteral("avery.brooks@contoso.example");        // Account admin, Presenter
} // namespace

class TestActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup() { m_ctx.reset(); }

    void validationOutcomesReachTheLocationAdminOnly();
    void taxFormRemindersComeOnceEvenWhenTheClockJumpsAYear();
    void renewalOutcomesAreWhatTheForecastSaid();
    void roleChangesTellThePerson();
    void mandatoryFirstThenByDueDate();
    void aLargeInboxIsReadAPageAtATime();

private:
    Actor as(const QString& email) { return *m_ctx->actor(email); }
    Id userId(const QString& email) { return m_ctx->directory().userByEmail(email)->id; }
    // Every message of a kind, whoever received it.
    QList<InboxMessage> sent(actions::Kind kind)
    {
        QList<InboxMessage> out;
        const QList<User> users = *m_ctx->directory().users();
        for (const User& u : users) {
            const QList<InboxMessage> messages = *m_ctx->enrollments().messages(u.id);
            for (const InboxMessage& m : messages)
                if (m.kind == actions::kindCode(kind))
                    out.append(m);
        }
        return out;
    }
    InboxMessage reread(const InboxMessage& m) { return **m_ctx->enrollments().message(m.id); }
    // An enrollment at the location that Bao can submit now.
    Enrollment submittable(const QString& partnerId)
    {
        const Id location = m_ctx->directory().locationByPartnerId(partnerId)->id;
        const QList<Enrollment> enrollments = *m_ctx->enrollments().ofLocation(location);
        for (const Enrollment& e : enrollments)
            if (e.status == S::Invited || e.status == S::Enrolling)
                return e;
        return {};
    }

    QTemporaryDir m_dir;
    std::unique_ptr<AppContext> m_ctx;
};

void TestActions::init()
{
    const QString path =
        testdb::fresh(m_dir, QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".db"));
    auto ctx = AppContext::open(path, Database::OpenMode::CreateIfMissing);
    QVERIFY(ctx);
    m_ctx = std::move(ctx).value();
    QVERIFY(seed::demo(*m_ctx));
}

void TestActions::validationOutcomesReachTheLocationAdminOnly()
{
    const Enrollment e = submittable(kUS);
    QVERIFY2(e.id > 0, "the demo has an enrollment to submit at the US location");
    const auto about = [&](actions::Kind kind) {
        QList<InboxMessage> out;
        for (const InboxMessage& m : sent(kind))
            if (m.enrollmentId == e.id)
                out.append(m);
        return out;
    };
    const int rejectedBefore = int(sent(actions::Kind::ValidationRejected).size());
    auto submitted = EnrollmentService(*m_ctx).submit(as(kBao), e.programName, kUS);
    QVERIFY2(submitted, qPrintable(submitted ? QString() : submitted.error().message));
    QVERIFY(PresenterTools(*m_ctx).decideValidation(as(kAvery), e.programName, kUS, false,
                                                    QStringLiteral("The account holder does not match.")));
    QVERIFY(PresenterTools(*m_ctx).advanceClock(as(kAvery), 3 * 86400));
    QCOMPARE(m_ctx->enrollments().enrollment(e.id)->status, S::Enrolling);

    // Exactly one rejection, to the US location's Incentives admin, about the rejected bank profile.
    QList<InboxMessage> rejected;
    for (const InboxMessage& m : sent(actions::Kind::ValidationRejected))
        if (m.enrollmentId == e.id)
            rejected.append(m);
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(int(sent(actions::Kind::ValidationRejected).size()), rejectedBefore + 1);
    const InboxMessage rejection = rejected.first();
    QCOMPARE(rejection.userId, userId(kBao));
    QCOMPARE(rejection.priority, QStringLiteral("mandatory"));
    QVERIFY(rejection.open());
    QVERIFY(rejection.bankProfileId > 0);
    QVERIFY(rejection.body.contains(QStringLiteral("The account holder does not match.")));
    QVERIFY(about(actions::Kind::ValidationApproved).isEmpty());

    // Mandatory: it cannot be dismissed, by its owner or anyone else.
    auto dismissed = EnrollmentService(*m_ctx).dismissAction(as(kBao), rejection.id);
    QVERIFY(!dismissed);
    QCOMPARE(dismissed.error().kind, ErrorKind::WrongState);
    QCOMPARE(EnrollmentService(*m_ctx).dismissAction(as(kEmma), rejection.id).error().kind,
             ErrorKind::NotFound);
    QVERIFY(reread(rejection).open());

    // Editing the rejected bank profile does what it asks: the action is done.
    const QString bankName = m_ctx->profiles().bankProfile(rejection.bankProfileId)->name;
    auto edited = ProfileService(*m_ctx).editBank(
        as(kBao), bankName, [](BankProfile& b) { b.holderName = QStringLiteral("Contoso Ltd"); });
    QVERIFY2(edited, qPrintable(edited ? QString() : edited.error().message));
    QVERIFY(!reread(rejection).open());
    QCOMPARE(reread(rejection).closedAs, QStringLiteral("done"));

    // Submitted again and approved: one approval, to the same admin, recommended.
    QVERIFY(EnrollmentService(*m_ctx).submit(as(kBao), e.programName, kUS));
    QVERIFY(PresenterTools(*m_ctx).decideValidation(as(kAvery), e.programName, kUS, true, {}));
    QVERIFY(PresenterTools(*m_ctx).advanceClock(as(kAvery), 3 * 86400));
    QCOMPARE(m_ctx->enrollments().enrollment(e.id)->status, S::Enrolled);
    QList<InboxMessage> approved;
    for (const InboxMessage& m : sent(actions::Kind::ValidationApproved))
        if (m.enrollmentId == e.id)
            approved.append(m);
    QCOMPARE(approved.size(), 1);
    QCOMPARE(approved.first().userId, userId(kBao));
    QCOMPARE(approved.first().priority, QStringLiteral("recommended"));
    // Recommended: its owner dismisses it, once.
    QVERIFY(EnrollmentService(*m_ctx).dismissAction(as(kBao), approved.first().id));
    QCOMPARE(reread(approved.first()).closedAs, QStringLiteral("dismissed"));
    QCOMPARE(EnrollmentService(*m_ctx).dismissAction(as(kBao), approved.first().id).error().kind,
             ErrorKind::WrongState);
}

void TestActions::taxFormRemindersComeOnceEvenWhenTheClockJumpsAYear()
{
    // Germany's and France's W-8BEN-E forms expire on 31 December 2027; the clock stands in May 2027.
    QVERIFY(sent(actions::Kind::TaxFormExpiring).isEmpty());
    const TaxProfile de = **m_ctx->profiles().taxProfile(m_ctx->directory().locationByPartnerId(kDE)->id);
    const TaxProfile fr = **m_ctx->profiles().taxProfile(m_ctx->directory().locationByPartnerId(kFR)->id);
    QVERIFY(PresenterTools(*m_ctx).advanceClock(as(kAvery), 366 * 86400)); // one jump, past both reminders
    // And on to October 2028, before the next form's reminders (Great Britain's, for December 2028).
    QVERIFY(PresenterTools(*m_ctx).advanceClock(as(kAvery), 180 * 86400));
    const auto reminders = sent(actions::Kind::TaxFormExpiring);
    QCOMPARE(reminders.size(), 4);
    QMap<QString, QList<int>> received; // who, for which form: the lead days, from the subjects
    for (const InboxMessage& m : reminders) {
        QCOMPARE(m.priority, QStringLiteral("mandatory"));
        QCOMPARE(m.dueAt.date(), QDate(2027, 12, 31));
        const QString who = m.userId == userId(kBao)     ? QStringLiteral("bao")
                            : m.userId == userId(kFarah) ? QStringLiteral("farah")
                                                         : QStringLiteral("someone else");
        const QString form = m.taxProfileId == de.id   ? QStringLiteral("DE")
                             : m.taxProfileId == fr.id ? QStringLiteral("FR")
                                                       : QStringLiteral("another form");
        received[who + QLatin1Char('/') + form].append(m.ref.endsWith(QStringLiteral(":30")) ? 30 : 7);
        // Received at the reminder's moment: 30 or 7 days before the form stops being valid.
        const QDateTime lapses(QDate(2028, 1, 1), QTime(0, 0), QTimeZone::utc());
        QVERIFY(m.receivedAt == lapses.addDays(-30) || m.receivedAt == lapses.addDays(-7));
    }
    QCOMPARE(received.keys(), (QStringList{QStringLiteral("bao/DE"), QStringLiteral("farah/FR")}));
    for (auto& days : received) {
        std::sort(days.begin(), days.end());
        QCOMPARE(days, (QList<int>{7, 30}));
    }
    // Catching up again sends nothing more.
    QVERIFY(Simulation(*m_ctx).catchUp());
    QCOMPARE(sent(actions::Kind::TaxFormExpiring).size(), 4);

    // A new form for Germany does what both German reminders ask; France's stay open.
    auto draft = ProfileService(*m_ctx).taxDraft(as(kBao), kDE);
    QVERIFY(draft);
    TaxProfile renewed = *draft;
    renewed.signedOn = m_ctx->clock().now().date();
    auto saved = ProfileService(*m_ctx).setTax(as(kBao), kDE, renewed);
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message));
    for (const InboxMessage& m : sent(actions::Kind::TaxFormExpiring)) {
        QCOMPARE(m.open(), m.taxProfileId == fr.id);
        if (!m.open())
            QCOMPARE(m.closedAs, QStringLiteral("done"));
    }
}

void TestActions::renewalOutcomesAreWhatTheForecastSaid()
{
    // The forecast an hour before the year end, when no validation can still change it.
    QVERIFY(PresenterTools(*m_ctx).setClock(as(kAvery),
                                            fiscal::nextYearStart(m_ctx->clock().now()).addSecs(-3600)));
    auto forecast = Simulation(*m_ctx).renewalForecast(as(kAvery));
    QVERIFY(forecast);
    QVERIFY(!forecast->isEmpty());
    QVERIFY(sent(actions::Kind::RenewalOutcome).isEmpty());
    auto admins = m_ctx->directory().incentivesAdmins();
    QVERIFY(admins);
    QVERIFY(PresenterTools(*m_ctx).advanceToFiscalYearEnd(as(kAvery)));
    const auto outcomes = sent(actions::Kind::RenewalOutcome);
    QHash<Id, InboxMessage> byEnrollment;
    for (const InboxMessage& m : outcomes) {
        QVERIFY2(!byEnrollment.contains(m.enrollmentId), "one renewal message per enrollment");
        byEnrollment.insert(m.enrollmentId, m);
    }
    int expected = 0;
    bool sawLapse = false;
    for (const RenewalForecast& f : *forecast) {
        const auto admin = admins->constFind(f.enrollment.locationId);
        if (admin == admins->constEnd()) {
            QVERIFY(!byEnrollment.contains(f.enrollment.id)); // nobody to tell
            continue;
        }
        ++expected;
        QVERIFY2(byEnrollment.contains(f.enrollment.id), qPrintable(f.enrollment.programName));
        const InboxMessage m = byEnrollment.value(f.enrollment.id);
        QCOMPARE(m.userId, admin->id);
        QCOMPARE(m.priority,
                 f.outcome.renewed() ? QStringLiteral("recommended") : QStringLiteral("mandatory"));
        if (!f.outcome.renewed()) {
            sawLapse = true;
            QVERIFY2(m.body.contains(f.remedy), qPrintable(m.body));
        }
    }
    QCOMPARE(outcomes.size(), expected);
    QVERIFY(sawLapse); // France's agreement is not active: its Enrolled rows lapse
}

void TestActions::roleChangesTellThePerson()
{
    const Id emma = userId(kEmma);
    const int before = int(sent(actions::Kind::RoleChanged).size());
    const int emmaBefore = int(m_ctx->enrollments().messages(emma)->size());
    DirectoryService directory(*m_ctx);
    QVERIFY(directory.assignRole(as(kFarah), kEmma, Role::IncentivesUser, kGB));
    auto mine = EnrollmentService(*m_ctx).inbox(as(kEmma));
    QVERIFY(mine);
    QCOMPARE(int(mine->size()), emmaBefore + 1);
    QCOMPARE(int(sent(actions::Kind::RoleChanged).size()), before + 1);
    InboxMessage given;
    for (const InboxMessage& m : *mine)
        if (m.kind == QLatin1String("role-changed") && m.receivedAt == m_ctx->clock().now() && m.open())
            given = m;
    QVERIFY(given.id > 0);
    QVERIFY(given.subject.contains(kGB));
    QCOMPARE(given.priority, QStringLiteral("recommended"));
    QCOMPARE(given.partnerId, kGB);

    // Assigning what she holds changes nothing and tells nobody.
    QVERIFY(directory.assignRole(as(kFarah), kEmma, Role::IncentivesUser, kGB));
    QCOMPARE(int(sent(actions::Kind::RoleChanged).size()), before + 1);

    QVERIFY(directory.revokeRole(as(kFarah), kEmma, Role::IncentivesUser, kGB));
    QCOMPARE(int(sent(actions::Kind::RoleChanged).size()), before + 2);
    QCOMPARE(int(m_ctx->enrollments().messages(emma)->size()), emmaBefore + 2);

    // Replacing an Incentives admin tells both: the new one and the one replaced.
    const Id charlotte = userId(kCharlotte);
    const int charlotteBefore = int(m_ctx->enrollments().messages(charlotte)->size());
    QVERIFY(directory.assignRole(as(kFarah), kEmma, Role::IncentivesAdmin, kGB, true));
    QCOMPARE(int(sent(actions::Kind::RoleChanged).size()), before + 4);
    QCOMPARE(int(m_ctx->enrollments().messages(charlotte)->size()), charlotteBefore + 1);
    QVERIFY(m_ctx->enrollments().messages(charlotte)->first().subject.contains(QStringLiteral("removed")));

    // Emma's inbox shows it; she dismisses it (recommended), and the count of open actions drops.
    const qint64 open = *EnrollmentService(*m_ctx).openActions(as(kEmma));
    QVERIFY(EnrollmentService(*m_ctx).dismissAction(as(kEmma), given.id));
    QCOMPARE(*EnrollmentService(*m_ctx).openActions(as(kEmma)), open - 1);
}

void TestActions::mandatoryFirstThenByDueDate()
{
    // Reminders (mandatory, due) and role changes and renewals (some recommended) for Bao.
    QVERIFY(PresenterTools(*m_ctx).advanceClock(as(kAvery), 366 * 86400));
    auto inbox = EnrollmentService(*m_ctx).inbox(as(kBao));
    QVERIFY(inbox);
    bool seenRecommended = false;
    bool seenClosed = false;
    bool seenMandatory = false;
    bool seenNoDue = false;
    QDateTime lastDue;
    for (const InboxMessage& m : *inbox) {
        if (!m.open()) {
            seenClosed = true;
            continue;
        }
        QVERIFY2(!seenClosed, "open actions come before closed ones");
        if (m.priority == QLatin1String("mandatory")) {
            QVERIFY2(!seenRecommended, "mandatory actions come before recommended ones");
            seenMandatory = true;
            QVERIFY2(!(seenNoDue && m.dueAt.isValid()), "those with a due date come first");
            if (lastDue.isValid() && m.dueAt.isValid())
                QVERIFY(lastDue <= m.dueAt);
            if (m.dueAt.isValid())
                lastDue = m.dueAt;
            else
                seenNoDue = true;
        } else {
            seenRecommended = true;
        }
    }
    QVERIFY(seenMandatory);
    QVERIFY(seenRecommended);
    QCOMPARE(
        *EnrollmentService(*m_ctx).openActions(as(kBao)),
        qint64(std::count_if(inbox->begin(), inbox->end(), [](const InboxMessage& m) { return m.open(); })));
}

void TestActions::aLargeInboxIsReadAPageAtATime()
{
    // Bao's Action Center after years of outcomes: 1,200 more messages, every kind of order key.
    const Id bao = userId(kBao);
    const QDateTime now = m_ctx->clock().now();
    {
        Transaction tx(m_ctx->db());
        QVERIFY(tx.active());
        for (int i = 0; i < 1200; ++i) {
            InboxMessage m;
            m.userId = bao;
            m.sender = QStringLiteral("Microsoft (simulated)");
            m.subject = QStringLiteral("Flood %1").arg(i);
            m.body = m.subject;
            m.kind = actions::kindCode(actions::Kind::RenewalOutcome);
            m.priority = actions::priorityCode(i % 3 == 0 ? actions::Priority::Mandatory
                                                          : actions::Priority::Recommended);
            m.receivedAt = now.addSecs(-60 * (i % 500)); // ties on the time, told apart by the newest id
            if (i % 4 == 0)
                m.dueAt = now.addDays(i % 17);
            m.ref = QStringLiteral("flood:%1").arg(i);
            QVERIFY(m_ctx->enrollments().insertMessage(m));
        }
        const QList<InboxMessage> every = *m_ctx->enrollments().messages(bao);
        int n = 0;
        for (const InboxMessage& m : every)
            if (m.subject.startsWith(QLatin1String("Flood")) && ++n % 5 == 0) {
                QVERIFY(*m_ctx->enrollments().dismissMessage(m.id, now));
                if (n % 10 == 0)
                    QVERIFY(m_ctx->enrollments().markRead(m.id, now));
            }
        QVERIFY(tx.commit());
    }
    EnrollmentService service(*m_ctx);

    // The Action Center's order, from every message: the specification the store's query meets.
    QList<InboxMessage> expected = *m_ctx->enrollments().messages(bao);
    const auto key = [](const InboxMessage& m) {
        const bool mandatory = m.priority == actions::priorityCode(actions::Priority::Mandatory);
        return std::make_tuple(m.open() ? 0 : 1, m.open() && mandatory ? 0 : 1,
                               m.open() && m.dueAt.isValid() ? m.dueAt.toSecsSinceEpoch()
                                                             : std::numeric_limits<qint64>::max(),
                               -m.receivedAt.toSecsSinceEpoch(), -m.id);
    };
    std::sort(expected.begin(), expected.end(),
              [&](const InboxMessage& a, const InboxMessage& b) { return key(a) < key(b); });
    const auto ids = [](const QList<InboxMessage>& messages) {
        QList<Id> out;
        for (const InboxMessage& m : messages)
            out.append(m.id);
        return out;
    };
    QVERIFY(expected.size() > 1200);

    InboxQuery everything;
    everything.limit = EnrollmentService::kInboxPageMost;
    auto all = service.inbox(as(kBao), everything);
    QVERIFY(all);
    QCOMPARE(ids(*all), ids(expected));

    // A page is the first of them; the counts are of all of them.
    auto page = service.inbox(as(kBao));
    QVERIFY(page);
    QCOMPARE(page->size(), 500);
    QCOMPARE(ids(*page), ids(expected).mid(0, 500));
    // The pages after it follow on, the last one short; a negative offset is the start.
    QList<Id> paged = ids(*page);
    for (InboxQuery next; paged.size() < expected.size();) {
        next.offset = int(paged.size());
        auto more = service.inbox(as(kBao), next);
        QVERIFY(more && !more->isEmpty() && more->size() <= 500);
        paged += ids(*more);
    }
    QCOMPARE(paged, ids(expected));
    InboxQuery past;
    past.offset = int(expected.size());
    QVERIFY(service.inbox(as(kBao), past)->isEmpty());
    past.offset = -5;
    QCOMPARE(ids(*service.inbox(as(kBao), past)), ids(expected).mid(0, 500));
    auto counts = service.inboxCounts(as(kBao));
    QVERIFY(counts);
    QCOMPARE(counts->total, qint64(expected.size()));
    const auto count = [&](auto holds) {
        return qint64(std::count_if(expected.begin(), expected.end(), holds));
    };
    const auto openMandatory = [](const InboxMessage& m) {
        return m.open() && m.priority == actions::priorityCode(actions::Priority::Mandatory);
    };
    QCOMPARE(counts->open, count([](const InboxMessage& m) { return m.open(); }));
    QCOMPARE(counts->mandatory, count(openMandatory));
    QCOMPARE(*service.openActions(as(kBao)), counts->open);
    QVERIFY(counts->open < counts->total && counts->mandatory < counts->open);

    // Open ones only, and Home's open mandatory ones, in the same order.
    QList<InboxMessage> open;
    QList<InboxMessage> mandatory;
    for (const InboxMessage& m : expected) {
        if (m.open())
            open.append(m);
        if (openMandatory(m))
            mandatory.append(m);
    }
    InboxQuery openQuery;
    openQuery.openOnly = true;
    openQuery.limit = EnrollmentService::kInboxPageMost;
    QCOMPARE(ids(*service.inbox(as(kBao), openQuery)), ids(open));
    InboxQuery home;
    home.mandatoryOnly = true;
    home.limit = 20;
    QCOMPARE(ids(*service.inbox(as(kBao), home)), ids(mandatory).mid(0, 20));
    // Nonsense limits list nothing rather than everything.
    InboxQuery none;
    none.limit = -1;
    QCOMPARE(service.inbox(as(kBao), none)->size(), 0);

    // Reading one of them marks that one only; another person's message is not found for her.
    const InboxMessage& first = page->first();
    QVERIFY(service.markRead(as(kBao), first.id));
    QVERIFY(reread(first).readAt.isValid());
    auto foreign = service.markRead(as(kEmma), page->at(1).id);
    QVERIFY(!foreign);
    QCOMPARE(foreign.error().kind, ErrorKind::NotFound);
    QCOMPARE(reread(page->at(1)).readAt, page->at(1).readAt);
}

QTEST_GUILESS_MAIN(TestActions)
#include "tst_actions.moc"
