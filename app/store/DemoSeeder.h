// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/ElectionPeriod.h"
#include "core/Session.h"

#include <QCoreApplication>

#include <functional>

namespace netra {

class Database;
class DemoKabupaten;

// Fills an empty database with DemoKabupaten's units, staff, assignments, heads, periods and
// letterhead settings, in one transaction.
class DemoSeeder {
    Q_DECLARE_TR_FUNCTIONS(DemoSeeder)
public:
    struct Counts {
        int units = 0;
        int staff = 0;
        int assignments = 0;
        int periods = 0;
        int sessions = 0;
        int attendance = 0;
        int pledges = 0;
        int cases = 0;
    };

    // The roster alone (units, staff, assignments, heads, periods, settings), or also what
    // happens in the periods (sessions and attendance, pledges, cases).
    enum class Scope { Roster, Everything };

    explicit DemoSeeder(Database& db) : m_db(db) {}

    // Refused when the database already holds staff or units. progress(done) is called
    // every few thousand people.
    Result<Counts> seed(int staffCount, quint32 seed, const std::function<void(int)>& progress = {},
                        Scope scope = Scope::Everything);

private:
    Status seedActivity(DemoKabupaten& kabupaten, quint32 seed, int staffCount, Counts& counts);
    // Records for one stored session, chosen from each person's id and the seed, in SQL:
    // a million-staff apel writes its records in one statement.
    Result<int> seedAttendance(const Session& session, quint32 seed);
    // About three quarters of the ASN sign the ikrar, over the first weeks of each period,
    // and the heads of units sign the pakta in the first week; chosen in SQL like attendance.
    Result<int> seedPledges(const ElectionPeriod& period, quint32 seed);
    // About one case per thousand staff (at least twelve) per period, in every status and
    // mostly on social media, walked through the workflow by CaseRepository like a clerk's.
    Result<int> seedCases(const ElectionPeriod& period, quint32 seed, int staffCount);

    Database& m_db;
};

} // namespace netra
