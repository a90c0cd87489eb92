// SPDX-License-Identifier: GPL-3.0-or-later
#include "FollowUpRule.h"

#include <QRegularExpression>

#include <algorithm>

namespace netra {

QDate FollowUpRule::lastDay(QDate received) const
{
    if (dayKind == DayKind::Calendar)
        return received.addDays(days);
    QDate day = received;
    for (int counted = 0; counted < days;) {
        day = day.addDays(1);
        if (day.dayOfWeek() <= 5 && !holidays.contains(day))
            ++counted;
    }
    return day;
}

QString FollowUpRule::dayKindCode(DayKind kind)
{
    return kind == DayKind::Working ? QStringLiteral("kerja") : QStringLiteral("kalender");
}

std::optional<FollowUpRule::DayKind> FollowUpRule::dayKindFromCode(const QString& code)
{
    const QString wanted = code.trimmed().toLower();
    if (wanted == QLatin1String("kerja"))
        return DayKind::Working;
    if (wanted == QLatin1String("kalender"))
        return DayKind::Calendar;
    return std::nullopt;
}

Result<QList<QDate>> FollowUpRule::parseHolidays(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    QList<QDate> dates;
    for (const QString& part : text.split(separators, Qt::SkipEmptyParts)) {
        const QDate day = QDate::fromString(part, Qt::ISODate);
        if (!day.isValid() || part.size() != 10)
            return Error::invalid(tr("\"%1\" is not a date written as YYYY-MM-DD.").arg(part));
        dates.push_back(day);
    }
    std::sort(dates.begin(), dates.end());
    dates.erase(std::unique(dates.begin(), dates.end()), dates.end());
    return dates;
}

} // namespace netra
