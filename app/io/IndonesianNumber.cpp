// SPDX-License-Identifier: GPL-3.0-or-later
#include "IndonesianNumber.h"

#include <cmath>

namespace netra::IndonesianNumber {

namespace {

QString grouped(quint64 value)
{
    QString digits = QString::number(value);
    for (qsizetype at = digits.size() - 3; at > 0; at -= 3)
        digits.insert(at, QLatin1Char('.'));
    return digits;
}

} // namespace

QString integer(qint64 value)
{
    // Through the unsigned magnitude, so the smallest qint64 does not overflow on negation.
    const quint64 magnitude = value < 0 ? quint64(0) - quint64(value) : quint64(value);
    return value < 0 ? QLatin1Char('-') + grouped(magnitude) : grouped(magnitude);
}

QString decimal(double value, int decimals)
{
    decimals = qBound(0, decimals, 9);
    const double scale = std::pow(10.0, decimals);
    const double scaled = std::round(std::fabs(value) * scale);
    const auto units = quint64(scaled);
    const quint64 divisor = quint64(scale);
    QString text = grouped(units / divisor);
    if (decimals > 0)
        text += QLatin1Char(',') + QString::number(units % divisor).rightJustified(decimals, QLatin1Char('0'));
    return value < 0 && units != 0 ? QLatin1Char('-') + text : text;
}

QString percent(double value)
{
    return decimal(value, 1) + QLatin1Char('%');
}

} // namespace netra::IndonesianNumber
