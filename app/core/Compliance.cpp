// SPDX-License-Identifier: GPL-3.0-or-later
#include "Compliance.h"

namespace netra {

ComplianceStatus ComplianceRule::status(const UnitCompliance& unit, const ComplianceThresholds& t)
{
    const int n = unit.activeStaff;
    if (n == 0)
        return ComplianceStatus::NoStaff;
    const bool headRecorded = unit.headPaktaSigned.has_value();
    if (!atLeast(unit.ikrarSigned, n, t.failBelowPct) || !atLeast(unit.attendedStaff, n, t.failBelowPct)
        || (headRecorded && !*unit.headPaktaSigned))
        return ComplianceStatus::TidakPatuh;
    // Without a recorded head nobody vouches for the unit: it cannot be Patuh.
    if (atLeast(unit.ikrarSigned, n, t.ikrarPct) && atLeast(unit.attendedStaff, n, t.attendancePct) && headRecorded
        && unit.casesProven == 0)
        return ComplianceStatus::Patuh;
    return ComplianceStatus::PerluPerhatian;
}

Status ComplianceRule::validate(const ComplianceThresholds& t)
{
    for (const int pct : {t.ikrarPct, t.attendancePct, t.failBelowPct})
        if (pct < 0 || pct > 100)
            return Error::invalid(tr("A threshold is a whole percentage from 0 to 100; %1 is not.").arg(pct));
    if (t.failBelowPct > t.ikrarPct || t.failBelowPct > t.attendancePct)
        return Error::invalid(tr("The failing line (%1 %) cannot lie above a passing one (ikrar %2 %, attendance %3 %).")
                                  .arg(t.failBelowPct)
                                  .arg(t.ikrarPct)
                                  .arg(t.attendancePct));
    if (t.minSessions < 1 || t.minSessions > 50)
        return Error::invalid(tr("Sessions to attend: from 1 to 50, not %1.").arg(t.minSessions));
    return {};
}

double ComplianceRule::percent(int n, int total)
{
    if (total <= 0)
        return 0.0;
    // Tenths from integers, so 2/3 gives 66.7 on every machine.
    const qint64 tenths = (qint64(n) * 2000 + total) / (qint64(total) * 2);
    return double(tenths) / 10.0;
}

QString ComplianceRule::statusCode(ComplianceStatus status)
{
    switch (status) {
    case ComplianceStatus::Patuh: return QStringLiteral("patuh");
    case ComplianceStatus::PerluPerhatian: return QStringLiteral("perlu_perhatian");
    case ComplianceStatus::TidakPatuh: return QStringLiteral("tidak_patuh");
    case ComplianceStatus::NoStaff: return QString();
    }
    return {};
}

QString ComplianceRule::statusLabel(ComplianceStatus status)
{
    switch (status) {
    case ComplianceStatus::Patuh: return QStringLiteral("Patuh");
    case ComplianceStatus::PerluPerhatian: return QStringLiteral("Perlu Perhatian");
    case ComplianceStatus::TidakPatuh: return QStringLiteral("Tidak Patuh");
    case ComplianceStatus::NoStaff: return QStringLiteral("—");
    }
    return {};
}

QString ComplianceRule::displayName(ComplianceStatus status)
{
    switch (status) {
    case ComplianceStatus::Patuh: return tr("Compliant");
    case ComplianceStatus::PerluPerhatian: return tr("Needs attention");
    case ComplianceStatus::TidakPatuh: return tr("Not compliant");
    case ComplianceStatus::NoStaff: return tr("No active staff");
    }
    return {};
}

} // namespace netra
