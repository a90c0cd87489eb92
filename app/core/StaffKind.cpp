// SPDX-License-Identifier: GPL-3.0-or-later
#include "StaffKind.h"

#include <QCoreApplication>

namespace netra {

QString staffKindCode(StaffKind kind)
{
    switch (kind) {
    case StaffKind::Pns: return QStringLiteral("PNS");
    case StaffKind::Pppk: return QStringLiteral("PPPK");
    case StaffKind::PppkPartTime: return QStringLiteral("PPPK_PW");
    case StaffKind::NonAsn: return QStringLiteral("NON_ASN");
    }
    return {};
}

std::optional<StaffKind> staffKindFromCode(const QString& text)
{
    QString key = text.trimmed().toUpper();
    key.replace(QLatin1Char(' '), QLatin1Char('_')).replace(QLatin1Char('-'), QLatin1Char('_'));
    if (key == QLatin1String("PNS") || key == QLatin1String("CPNS"))
        return StaffKind::Pns;
    if (key == QLatin1String("PPPK"))
        return StaffKind::Pppk;
    if (key == QLatin1String("PPPK_PW") || key == QLatin1String("PPPK_PARUH_WAKTU"))
        return StaffKind::PppkPartTime;
    if (key == QLatin1String("NON_ASN") || key == QLatin1String("NONASN") || key == QLatin1String("HONORER"))
        return StaffKind::NonAsn;
    return std::nullopt;
}

QString staffKindLabel(StaffKind kind)
{
    switch (kind) {
    case StaffKind::Pns: return QCoreApplication::translate("StaffKind", "PNS");
    case StaffKind::Pppk: return QCoreApplication::translate("StaffKind", "PPPK");
    case StaffKind::PppkPartTime: return QCoreApplication::translate("StaffKind", "Part-time PPPK");
    case StaffKind::NonAsn: return QCoreApplication::translate("StaffKind", "Non-ASN");
    }
    return {};
}

bool isAsn(StaffKind kind)
{
    return kind != StaffKind::NonAsn;
}

bool hasNip(StaffKind kind)
{
    return kind != StaffKind::NonAsn;
}

} // namespace netra
