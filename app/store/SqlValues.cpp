// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlValues.h"

namespace netra {

QString isoDateText(QDate date)
{
    const int year = date.year();
    if (!date.isValid() || year < 1 || year > 9999)
        return date.toString(Qt::ISODate);
    const int parts[] = {year / 1000, year / 100 % 10, year / 10 % 10, year % 10, -1,
                         date.month() / 10, date.month() % 10, -1, date.day() / 10, date.day() % 10};
    QString text(std::size(parts), Qt::Uninitialized);
    QChar* out = text.data();
    for (const int part : parts)
        *out++ = part < 0 ? QLatin1Char('-') : QLatin1Char(char('0' + part));
    return text;
}

} // namespace netra
