// SPDX-License-Identifier: GPL-3.0-or-later
#include "UnitKind.h"

#include <QCoreApplication>

namespace netra {

QStringList unitKindCodes()
{
    return {QStringLiteral("sekretariat"), QStringLiteral("inspektorat"), QStringLiteral("dinas"),
            QStringLiteral("badan"),       QStringLiteral("satuan"),      QStringLiteral("rsud"),
            QStringLiteral("kecamatan"),   QStringLiteral("kelurahan"),   QStringLiteral("bagian"),
            QStringLiteral("uptd"),        QStringLiteral("sekolah"),     QStringLiteral("lainnya")};
}

bool isUnitKind(const QString& code)
{
    return unitKindCodes().contains(code);
}

QString unitKindLabel(const QString& code)
{
    if (code == QLatin1String("sekretariat")) return QCoreApplication::translate("UnitKind", "Secretariat");
    if (code == QLatin1String("inspektorat")) return QCoreApplication::translate("UnitKind", "Inspectorate");
    if (code == QLatin1String("dinas")) return QCoreApplication::translate("UnitKind", "Agency (dinas)");
    if (code == QLatin1String("badan")) return QCoreApplication::translate("UnitKind", "Board (badan)");
    if (code == QLatin1String("satuan")) return QCoreApplication::translate("UnitKind", "Unit (satuan)");
    if (code == QLatin1String("rsud")) return QCoreApplication::translate("UnitKind", "Regional hospital");
    if (code == QLatin1String("kecamatan")) return QCoreApplication::translate("UnitKind", "District (kecamatan)");
    if (code == QLatin1String("kelurahan")) return QCoreApplication::translate("UnitKind", "Urban village (kelurahan)");
    if (code == QLatin1String("bagian")) return QCoreApplication::translate("UnitKind", "Section (bagian)");
    if (code == QLatin1String("uptd")) return QCoreApplication::translate("UnitKind", "Technical unit (UPTD)");
    if (code == QLatin1String("sekolah")) return QCoreApplication::translate("UnitKind", "School");
    return QCoreApplication::translate("UnitKind", "Other");
}

} // namespace netra
