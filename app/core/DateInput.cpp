// SPDX-License-Identifier: GPL-3.0-or-later
#include "DateInput.h"

#include "IndonesianDate.h"

#include <QRegularExpression>

namespace netra {

namespace {

std::optional<QDate> realDate(int year, int month, int day)
{
    const QDate date(year, month, day);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

} // namespace

std::optional<QDate> parseIsoDate(const QString& text)
{
    static const QRegularExpression iso(QStringLiteral("^([0-9]{4})-([0-9]{2})-([0-9]{2})$"));
    const QRegularExpressionMatch m = iso.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    return realDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
}

std::optional<QDate> parseDateInput(const QString& text)
{
    const QString input = text.simplified();
    if (const auto date = parseIsoDate(input))
        return date;

    // The same separator twice, so "27/11-2024" is taken for the typo it probably is.
    static const QRegularExpression numeric(
        QStringLiteral("^([0-9]{1,2})([/.-])([0-9]{1,2})\\2([0-9]{4})$"));
    if (const QRegularExpressionMatch m = numeric.match(input); m.hasMatch())
        return realDate(m.captured(4).toInt(), m.captured(3).toInt(), m.captured(1).toInt());

    static const QRegularExpression written(
        QStringLiteral("^(?:(\\p{L}+),? )?([0-9]{1,2}) (\\p{L}+)\\.? ([0-9]{4})$"));
    const QRegularExpressionMatch m = written.match(input);
    if (!m.hasMatch())
        return std::nullopt;
    const int month = IndonesianDate::monthFromName(m.captured(3));
    if (month == 0)
        return std::nullopt;
    const auto date = realDate(m.captured(4).toInt(), month, m.captured(2).toInt());
    // A day name that disagrees with the date means one of them was mistyped.
    if (date && m.hasCaptured(1)
        && m.captured(1).compare(IndonesianDate::dayName(date->dayOfWeek()), Qt::CaseInsensitive) != 0)
        return std::nullopt;
    return date;
}

std::optional<WallClockReading> parseTimestampInput(const QString& text)
{
    static const QRegularExpression stamp(QStringLiteral(
        "^(.+?)[ T]([0-9]{1,2})[.:]([0-9]{2})(?:[.:]([0-9]{2}))?(?:\\.[0-9]+)?$"));
    const QRegularExpressionMatch m = stamp.match(text.simplified());
    if (!m.hasMatch())
        return std::nullopt;
    const auto date = parseDateInput(m.captured(1));
    const QTime time(m.captured(2).toInt(), m.captured(3).toInt(),
                     m.captured(4).isEmpty() ? 0 : m.captured(4).toInt());
    if (!date || !time.isValid())
        return std::nullopt;
    return WallClockReading{*date, time};
}

} // namespace netra
