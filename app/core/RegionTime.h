// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace netra {

// The Pemda's wall clock: WIB (UTC+7), WITA (UTC+8) or WIT (UTC+9), from the setting
// region.time_zone. Indonesia keeps no daylight saving, so a fixed offset is exact, and the
// machine's own zone (often left at UTC or set wrong) never decides what the desk shows.
class RegionTime {
public:
    // "WIB", "WITA" or "WIT"; anything else falls back to WIB.
    static RegionTime fromCode(const QString& code);

    QString code() const { return m_code; }
    int offsetSeconds() const { return m_offsetSeconds; }

    // The instant as the region's clock shows it (a QDateTime carrying the fixed offset).
    QDateTime wallClock(const QDateTime& instant) const;
    // A wall-clock reading of this region (date and time without a zone) as an instant.
    QDateTime instant(QDate day, QTime time) const;
    // "09.05", as Indonesian paper and screens write times.
    QString clockText(const QDateTime& instant) const;

private:
    RegionTime(QString code, int offsetSeconds) : m_code(std::move(code)), m_offsetSeconds(offsetSeconds) {}

    QString m_code;
    int m_offsetSeconds;
};

// "09.05" for a time of day; empty for a null time.
QString dottedTime(QTime time);

} // namespace netra
