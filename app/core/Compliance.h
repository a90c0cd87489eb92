// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace netra {

// The thresholds of one election period (DOMAIN.md §11), whole percentages.
struct ComplianceThresholds {
    int ikrarPct = 95;      // Patuh needs at least this share of the ikrar signed
    int attendancePct = 80; // ... and of the staff attending
    int failBelowPct = 70;  // below this on either share: Tidak patuh
    int minSessions = 1;    // attended = present at this many of the period's sessions

    friend bool operator==(const ComplianceThresholds&, const ComplianceThresholds&) = default;
};

enum class ComplianceStatus { Patuh, PerluPerhatian, TidakPatuh, NoStaff };

// A unit's figures as of a date, over the ASN active and assigned there that day.
struct UnitCompliance {
    qint64 unitId = 0;
    QString unitCode;
    QString unitName;
    int activeStaff = 0;
    int ikrarSigned = 0;
    int attendedStaff = 0;
    std::optional<bool> headPaktaSigned; // nullopt: no head recorded that day
    int cases = 0;
    int casesOpen = 0;
    int casesProven = 0;
};

// The rules that turn a unit's figures into its status, compared as exact fractions
// (n·100 ≥ t·N), never through rounded percentages.
class ComplianceRule {
    Q_DECLARE_TR_FUNCTIONS(ComplianceRule)
public:
    static ComplianceStatus status(const UnitCompliance& unit, const ComplianceThresholds& thresholds);
    // Shares from 0 to 100, the failing line not above either passing one, 1 to 50 sessions.
    static Status validate(const ComplianceThresholds& thresholds);
    // n of total as a percentage with one decimal (half up); 0 when total is 0.
    static double percent(int n, int total);

    static QString statusCode(ComplianceStatus status);  // patuh, perlu_perhatian, tidak_patuh; "" for NoStaff
    static QString statusLabel(ComplianceStatus status); // paper, Indonesian: "Patuh", ..., "—"
    static QString displayName(ComplianceStatus status); // translated, for the screen

private:
    static bool atLeast(int n, int total, int pct) { return qint64(n) * 100 >= qint64(pct) * total; }
};

} // namespace netra
