// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QVariant>

namespace netra {

// "2024-01-31": QDate::toString(Qt::ISODate) without its printf, which a million-row import
// spends seconds in.
QString isoDateText(QDate date);

// Dates are stored as ISO text; a null date is SQL NULL, an empty string is NULL too.
inline QVariant sqlDate(QDate date)
{
    return date.isValid() ? QVariant(isoDateText(date)) : QVariant(QMetaType(QMetaType::QString));
}

inline QVariant sqlText(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

// For NOT NULL text columns: Qt binds a null QString as SQL NULL, so make it an empty one.
inline QVariant sqlTextNotNull(const QString& text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

inline QVariant sqlId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

inline QDate dateFromSql(const QVariant& value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

} // namespace netra
