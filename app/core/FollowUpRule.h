// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace netra {

// How long the head of region has to act on a recommendation (settings case.followup_days,
// case.day_kind, case.holidays): counted from the day after it was received, in working days
// (Monday to Friday, the holidays left out) or calendar days. A case still at the
// recommendation after the last day is overdue.
class FollowUpRule {
    Q_DECLARE_TR_FUNCTIONS(FollowUpRule)
public:
    enum class DayKind { Working, Calendar };

    int days = 14;
    DayKind dayKind = DayKind::Working;
    QSet<QDate> holidays;

    QDate lastDay(QDate received) const;
    bool overdue(QDate received, QDate asOf) const { return asOf > lastDay(received); }

    static QString dayKindCode(DayKind kind); // "kerja", "kalender"
    static std::optional<DayKind> dayKindFromCode(const QString& code);
    // ISO dates separated by commas, spaces or line breaks; the first bad one is named.
    static Result<QList<QDate>> parseHolidays(const QString& text);
};

} // namespace netra
