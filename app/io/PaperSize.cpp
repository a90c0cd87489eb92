// SPDX-License-Identifier: GPL-3.0-or-later
#include "PaperSize.h"

#include <QSizeF>

namespace netra {

QPageSize pageSize(Paper paper)
{
    switch (paper) {
    case Paper::A4:
        return QPageSize(QPageSize::A4);
    case Paper::F4:
        // ExactMatch: the default fuzzy match would snap 215 x 330 mm to Folio (210 x 330).
        return QPageSize(QSizeF(215.0, 330.0), QPageSize::Millimeter, QStringLiteral("F4"),
                         QPageSize::ExactMatch);
    }
    return QPageSize(QPageSize::A4);
}

QString paperCode(Paper paper)
{
    return paper == Paper::F4 ? QStringLiteral("f4") : QStringLiteral("a4");
}

std::optional<Paper> paperFromCode(const QString& code)
{
    const QString key = code.trimmed().toLower();
    if (key == QLatin1String("a4"))
        return Paper::A4;
    if (key == QLatin1String("f4"))
        return Paper::F4;
    return std::nullopt;
}

} // namespace netra
