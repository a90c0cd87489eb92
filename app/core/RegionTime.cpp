// SPDX-License-Identifier: GPL-3.0-or-later
#include "RegionTime.h"

#include <QTimeZone>

namespace netra {

RegionTime RegionTime::fromCode(const QString& code)
{
    const QString upper = code.trimmed().toUpper();
    if (upper == QLatin1String("WITA"))
        return {QStringLiteral("WITA"), 8 * 3600};
    if (upper == QLatin1String("WIT"))
        return {QStringLiteral("WIT"), 9 * 3600};
    return {QStringLiteral("WIB"), 7 * 3600};
}

QDateTime RegionTime::wallClock(const QDateTime& instant) const
{
    return instant.toOffsetFromUtc(m_offsetSeconds);
}

QDateTime RegionTime::instant(QDate day, QTime time) const
{
    return QDateTime(day, time, QTimeZone(m_offsetSeconds)).toUTC();
}

QString RegionTime::clockText(const QDateTime& instant) const
{
    return instant.isValid() ? dottedTime(wallClock(instant).time()) : QString();
}

QString dottedTime(QTime time)
{
    return time.isValid() ? time.toString(QStringLiteral("HH.mm")) : QString();
}

} // namespace netra
