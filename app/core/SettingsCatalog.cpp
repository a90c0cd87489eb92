// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsCatalog.h"

#include "FollowUpRule.h"
#include "Nip.h"

#include <QFileInfo>

namespace netra {

const QList<SettingsCatalog::Entry>& SettingsCatalog::entries()
{
    static const QList<Entry> all = {
        {QStringLiteral("letterhead.government"), Kind::Text, {}, {}},
        {QStringLiteral("letterhead.office"), Kind::Text, {}, {}},
        {QStringLiteral("letterhead.address"), Kind::MultiLine, {}, {}},
        {QStringLiteral("letterhead.logo"), Kind::FilePath, {}, {}},
        {QStringLiteral("signatory.place"), Kind::Text, {}, {}},
        {QStringLiteral("signatory.on_behalf"), Kind::Text, {}, {}},
        {QStringLiteral("signatory.position"), Kind::Text, {}, {}},
        {QStringLiteral("signatory.name"), Kind::Text, {}, {}},
        {QStringLiteral("signatory.rank"), Kind::Text, {}, {}},
        {QStringLiteral("signatory.nip"), Kind::Nip, {}, {}},
        {QStringLiteral("report.cc"), Kind::MultiLine, {}, {}},
        {QStringLiteral("region.time_zone"), Kind::Choice, QStringLiteral("WIB"),
         {QStringLiteral("WIB"), QStringLiteral("WITA"), QStringLiteral("WIT")}},
        {QStringLiteral("nip.pppk_code_check"), Kind::Boolean, QStringLiteral("true"), {}},
        // Empty: the wording of DOMAIN.md §9 (PledgeText::defaultText), so an untouched
        // setting follows the built-in text when it is corrected in a later release.
        {QStringLiteral("pledge.ikrar_text"), Kind::MultiLine, {}, {}},
        {QStringLiteral("pledge.pakta_text"), Kind::MultiLine, {}, {}},
        {QStringLiteral("pledge.pakta_meterai"), Kind::Boolean, QStringLiteral("false"), {}},
        {QStringLiteral("case.followup_days"), Kind::DayCount, QStringLiteral("14"), {}},
        {QStringLiteral("case.day_kind"), Kind::Choice, QStringLiteral("kerja"),
         {QStringLiteral("kerja"), QStringLiteral("kalender")}},
        {QStringLiteral("case.holidays"), Kind::DateList, {}, {}},
        // Written by the staff import (StaffColumnMap::encode), not typed by the clerk.
        {QStringLiteral("import.staff.mapping"), Kind::Text, {}, {}},
    };
    return all;
}

const SettingsCatalog::Entry* SettingsCatalog::find(const QString& key)
{
    for (const Entry& entry : entries())
        if (entry.key == key)
            return &entry;
    return nullptr;
}

Result<QString> SettingsCatalog::validate(const QString& key, const QString& value, QDate today)
{
    const Entry* entry = find(key.trimmed());
    if (!entry)
        return Error::invalid(tr("Unknown setting \"%1\".").arg(key));
    const QString text = entry->kind == Kind::MultiLine ? value.trimmed() : value.simplified();
    switch (entry->kind) {
    case Kind::Text:
    case Kind::MultiLine:
        return text;
    case Kind::Boolean: {
        const QString lower = text.toLower();
        if (lower == QLatin1String("true") || lower == QLatin1String("1") || lower == QLatin1String("ya"))
            return QStringLiteral("true");
        if (lower == QLatin1String("false") || lower == QLatin1String("0") || lower == QLatin1String("tidak"))
            return QStringLiteral("false");
        return Error::invalid(tr("Setting %1 takes true or false.").arg(entry->key));
    }
    case Kind::Choice:
        for (const QString& choice : entry->choices)
            if (choice.compare(text, Qt::CaseInsensitive) == 0)
                return choice;
        return Error::invalid(tr("Setting %1 takes one of: %2.").arg(entry->key, entry->choices.join(QStringLiteral(", "))));
    case Kind::Nip: {
        if (text.isEmpty())
            return QString();
        const auto nip = Nip::parse(text, today);
        if (!nip)
            return nip.error();
        return nip->digits();
    }
    case Kind::DayCount: {
        bool ok = false;
        const int days = text.toInt(&ok);
        if (!ok || days < 1 || days > 365)
            return Error::invalid(tr("Setting %1 takes a number of days from 1 to 365.").arg(entry->key));
        return QString::number(days);
    }
    case Kind::DateList: {
        const auto dates = FollowUpRule::parseHolidays(value);
        if (!dates)
            return Error::invalid(tr("Setting %1: %2").arg(entry->key, dates.error().message));
        QStringList written;
        for (const QDate day : *dates)
            written << day.toString(Qt::ISODate);
        return written.join(QLatin1Char('\n'));
    }
    case Kind::FilePath: {
        if (text.isEmpty())
            return QString();
        const QFileInfo info(text);
        if (!info.isFile() || !info.isReadable())
            return Error::invalid(tr("Setting %1: cannot read the file %2.").arg(entry->key, text));
        return info.absoluteFilePath();
    }
    }
    return text;
}

QString SettingsCatalog::description(const QString& key)
{
    if (key == QLatin1String("letterhead.government")) return tr("Government line of the letterhead");
    if (key == QLatin1String("letterhead.office")) return tr("Office line of the letterhead");
    if (key == QLatin1String("letterhead.address")) return tr("Address lines of the letterhead");
    if (key == QLatin1String("letterhead.logo")) return tr("Emblem image of the letterhead");
    if (key == QLatin1String("signatory.place")) return tr("Place in the date line");
    if (key == QLatin1String("signatory.on_behalf")) return tr("Signing on behalf of (a.n.)");
    if (key == QLatin1String("signatory.position")) return tr("Signatory's position");
    if (key == QLatin1String("signatory.name")) return tr("Signatory's name with titles");
    if (key == QLatin1String("signatory.rank")) return tr("Signatory's rank");
    if (key == QLatin1String("signatory.nip")) return tr("Signatory's NIP");
    if (key == QLatin1String("report.cc")) return tr("Copies to (Tembusan), one per line");
    if (key == QLatin1String("region.time_zone")) return tr("Time zone of the region");
    if (key == QLatin1String("nip.pppk_code_check")) return tr("Verify digits 13-14 of NI PPPK numbers");
    if (key == QLatin1String("pledge.ikrar_text")) return tr("Wording of the ikrar netralitas; empty for the standard text");
    if (key == QLatin1String("pledge.pakta_text")) return tr("Wording of the pakta integritas; empty for the standard text");
    if (key == QLatin1String("pledge.pakta_meterai")) return tr("Box for a Meterai 10.000 stamp under the pakta integritas");
    if (key == QLatin1String("case.followup_days")) return tr("Days allowed to follow up a recommendation");
    if (key == QLatin1String("case.day_kind")) return tr("Count those days as working days (kerja) or calendar days (kalender)");
    if (key == QLatin1String("case.holidays")) return tr("Holidays left out of working days (YYYY-MM-DD, one per line)");
    if (key == QLatin1String("import.staff.mapping")) return tr("Column choices remembered from the last staff import");
    return {};
}

} // namespace netra
