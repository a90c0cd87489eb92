// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the GUI tests: a private data folder and settings, a test database on a fixed
// clock with its period, units and staff, and modal dialogs answered from a timer the moment
// they open.

#include "core/Clock.h"
#include "core/ElectionPeriod.h"
#include "core/Result.h"
#include "core/Staff.h"
#include "core/Translations.h"
#include "core/WorkUnit.h"
#include "store/Database.h"
#include "store/ElectionPeriodRepository.h"
#include "store/StaffRepository.h"
#include "store/WorkUnitRepository.h"

#include <QApplication>
#include <QDialog>
#include <QList>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>

namespace netra::test {

// Before a GUI test's first case: a private data folder and settings, the English UI.
inline bool prepareUiTests()
{
    QStandardPaths::setTestModeEnabled(true);
    return Translations::install(QStringLiteral("en"));
}

// 09.30 UTC on Monday 23 November 2026 (16.30 on a WIB clock): "now" in the GUI tests.
inline const FixedClock& testClock()
{
    static const FixedClock fixed(QDateTime(QDate(2026, 11, 23), QTime(9, 30), Qt::UTC));
    return fixed;
}

// Adds "Pilkada 2026", voting on 2 December 2026, running from `start` to `end`; returns it
// with its id.
inline Result<ElectionPeriod> addTestPeriod(Database& db, QDate start = QDate(2026, 10, 1),
                                            QDate end = QDate(2026, 12, 31))
{
    ElectionPeriod period;
    period.name = QStringLiteral("Pilkada 2026");
    period.kind = ElectionKind::Pilkada;
    period.start = start;
    period.votingDay = QDate(2026, 12, 2);
    period.end = end;
    const auto id = ElectionPeriodRepository(db).add(period);
    if (!id)
        return id.error();
    period.id = *id;
    return period;
}

// Adds the units D01 "Dinas Pendidikan" and D02 "Dinas Kesehatan"; returns D01's id.
inline Result<qint64> addTestUnits(Database& db)
{
    WorkUnitRepository units(db);
    qint64 d01 = 0;
    for (const auto& [code, name] : {std::pair{QStringLiteral("D01"), QStringLiteral("Dinas Pendidikan")},
                                     std::pair{QStringLiteral("D02"), QStringLiteral("Dinas Kesehatan")}}) {
        WorkUnit unit;
        unit.code = code;
        unit.name = name;
        unit.kind = QStringLiteral("dinas");
        const auto added = units.add(unit);
        if (!added)
            return added.error();
        if (code == QStringLiteral("D01"))
            d01 = *added;
    }
    return d01;
}

// A new database, netra.sqlite in a test's folder, on the test clock, holding the period
// (addTestPeriod) and the two units (addTestUnits).
struct TestDatabase {
    std::unique_ptr<Database> db;
    ElectionPeriod period;
    qint64 unitD01 = 0;
};

inline Result<TestDatabase> createTestDatabase(const QTemporaryDir& dir, QDate periodStart = QDate(2026, 10, 1),
                                               QDate periodEnd = QDate(2026, 12, 31))
{
    Database::Options options;
    options.create = true;
    options.clock = &testClock();
    auto db = Database::open(dir.filePath(QStringLiteral("netra.sqlite")), options);
    if (!db)
        return db.error();
    TestDatabase created;
    created.db = std::move(*db);
    const auto period = addTestPeriod(*created.db, periodStart, periodEnd);
    if (!period)
        return period.error();
    created.period = *period;
    const auto d01 = addTestUnits(*created.db);
    if (!d01)
        return d01.error();
    created.unitD01 = *d01;
    return created;
}

struct TestPerson {
    QString name, nip, unit, position;
};

// Adds PNS staff, each in their unit since 1 January 2020.
inline Status addTestStaff(Database& db, const QList<TestPerson>& people)
{
    StaffRepository staff(db);
    for (const TestPerson& person : people) {
        Staff s;
        s.name = person.name;
        s.nip = person.nip;
        s.position = person.position;
        const auto added = staff.add(s, person.unit, QDate(2020, 1, 1));
        if (!added)
            return added.error();
    }
    return {};
}

// Marks someone added by addTestStaff to `unit` as gone from the service since `from`.
inline Status retireTestStaff(Database& db, const QString& nip, const QString& unit, QDate from)
{
    StaffRepository staff(db);
    auto person = staff.findByNip(nip);
    if (!person)
        return person.error();
    person->active = false;
    person->inactiveFrom = from;
    const auto updated = staff.update(*person, unit, QDate(2020, 1, 1));
    if (!updated)
        return updated.error();
    return {};
}

// QVERIFY2 of a Result, failing with its message.
#define NETRA_VERIFY_RESULT(expression)                                                                 \
    do {                                                                                                \
        const auto& verified_ = (expression);                                                           \
        QVERIFY2(bool(verified_), verified_ ? "" : qPrintable(verified_.error().message));              \
    } while (false)

inline qint64 testStaffId(Database& db, const QString& nip)
{
    const auto person = StaffRepository(db).findByNip(nip);
    return person ? person->id : 0;
}

// Calls `answer` with the next modal dialog to open (polling briefly, since exec() starts
// after the timer is set).
inline void whenModalOpens(const std::function<void(QWidget*)>& answer, int triesLeft = 200)
{
    QTimer::singleShot(10, [answer, triesLeft] {
        QWidget* modal = QApplication::activeModalWidget();
        if (modal) {
            answer(modal);
            return;
        }
        if (triesLeft > 0)
            whenModalOpens(answer, triesLeft - 1);
    });
}

inline void clickInModal(const QString& buttonName)
{
    whenModalOpens([buttonName](QWidget* modal) {
        if (auto* button = modal->findChild<QPushButton*>(buttonName))
            button->click();
        else if (auto* dialog = qobject_cast<QDialog*>(modal))
            dialog->reject();
    });
}

} // namespace netra::test
