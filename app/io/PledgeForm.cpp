// SPDX-License-Identifier: GPL-3.0-or-later
#include "PledgeForm.h"

#include "FieldListBlock.h"
#include "NumberedListBlock.h"
#include "PageBreakBlock.h"
#include "ParagraphBlock.h"
#include "ReportTable.h"
#include "SignatoryBlock.h"
#include "SignatureTableBlock.h"
#include "core/Grade.h"
#include "core/IndonesianDate.h"
#include "core/Letterhead.h"
#include "core/PledgePlaceholders.h"
#include "core/PledgeText.h"
#include "core/SignatureBlock.h"
#include "store/Database.h"
#include "store/PledgeRepository.h"
#include "store/SettingsRepository.h"
#include "store/StaffRepository.h"
#include "store/WorkUnitRepository.h"

#include <QHash>
#include <QList>

#include <memory>
#include <optional>

namespace netra {

namespace {

using Settings = QHash<QString, QString>;

// What every page of the forms shares.
struct FormParts {
    Letterhead letterhead;
    PledgeText text;
    QString dateLine;
};

// The place and the date of signing, or the place, dots and the year when the day is to be
// written in by hand: "Sukamaju, .................... 2024".
QString dateLine(const QString& place, QDate signingDate, int year)
{
    if (signingDate.isValid())
        return IndonesianDate::placeAndDate(place, signingDate);
    const QString blank = QString(20, QLatin1Char('.')) + QLatin1Char(' ') + QString::number(year);
    return place.trimmed().isEmpty() ? blank : place.trimmed() + QStringLiteral(", ") + blank;
}

// Beside the label "Pangkat/Golongan": "Penata Tingkat I / III/d"; a PPPK has no pangkat:
// "Golongan IX". A grade that does not parse is printed as stored.
QString pangkatGolongan(const QString& grade)
{
    const auto parsed = Grade::parse(grade);
    if (!parsed)
        return grade.trimmed();
    if (parsed->isPppk())
        return parsed->printed();
    return parsed->rankName() + QStringLiteral(" / ") + parsed->code();
}

QString withComma(const QString& line)
{
    const QString trimmed = line.trimmed();
    return trimmed.endsWith(QLatin1Char(',')) ? trimmed : trimmed + QLatin1Char(',');
}

void addText(ReportDocument& doc, const QStringList& paragraphs)
{
    for (const QString& paragraph : paragraphs)
        doc.addBlock(std::make_unique<ParagraphBlock>(paragraph, Qt::AlignJustify));
}

// The collective ikrar sheet is the unit's own record: its head countersigns that the people
// listed are the unit's ASN, as on any sheet a unit sends up. Without a recorded head the
// Pemda's signatory of the settings acknowledges it (the ikrar is read at an apel the Sekda
// leads); without a name there either, the lines are left to be written in by hand.
SignatureBlock acknowledgement(const WorkUnit& unit, const std::optional<Staff>& head, const Settings& settings)
{
    SignatureBlock signature = SignatureBlock::fromSettings(settings);
    const QString unitHead = QStringLiteral("Kepala ") + unit.name;
    if (head) {
        signature.onBehalf = QStringLiteral("Mengetahui,");
        signature.position = withComma(head->position.trimmed().isEmpty() ? unitHead : head->position);
        signature.name = head->name;
        const auto grade = Grade::parse(head->grade);
        signature.rank = grade ? grade->printed() : head->grade;
        signature.nip = head->nip;
        return signature;
    }
    signature.onBehalf = signature.onBehalf.trimmed().isEmpty()
        ? QStringLiteral("Mengetahui,")
        : QStringLiteral("Mengetahui,\n") + signature.onBehalf.trimmed();
    if (signature.name.trimmed().isEmpty()) {
        signature.position = withComma(unitHead);
        signature.name = QStringLiteral("(") + QString(40, QLatin1Char('.')) + QStringLiteral(")");
        signature.rank.clear();
        signature.nip = QString(36, QLatin1Char('.'));
    }
    return signature;
}

ReportTable signersTable(const QList<PledgeEntry>& people)
{
    ReportTable table;
    table.setPointSize(9);
    // Shares of the body width, in millimetres of A4's: the grouped NIP keeps to one line.
    table.addColumn(QStringLiteral("No"), 8, Qt::AlignHCenter);
    table.addColumn(QStringLiteral("Nama"), 42);
    table.addColumn(QStringLiteral("NIP"), 43);
    table.addColumn(QStringLiteral("Jabatan"), 38);
    table.addColumn(QStringLiteral("Tanda Tangan"), 34);
    int number = 0;
    for (const PledgeEntry& person : people) {
        ++number;
        table.addRow({QString::number(number), person.name, SignatoryBlock::groupedNip(person.nip), person.position,
                      SignatureTableBlock::signatureCell(number)});
    }
    return table;
}

void addIkrar(ReportDocument& doc, const FormParts& parts, const WorkUnit& unit, const QList<PledgeEntry>& people,
              const SignatureBlock& acknowledgedBy)
{
    doc.addLetterhead(parts.letterhead);
    doc.addTitle(parts.text.titleLines);
    addText(doc, parts.text.opening);
    doc.addBlock(std::make_unique<NumberedListBlock>(parts.text.items, Qt::AlignJustify));
    addText(doc, parts.text.closing);
    doc.addBlock(std::make_unique<FieldListBlock>(QList<FieldListBlock::Field>{{QStringLiteral("Unit Kerja"), unit.name}}));
    doc.addBlock(std::make_unique<SignatureTableBlock>(signersTable(people)));
    doc.addBlock(std::make_unique<SignatoryBlock>(acknowledgedBy, parts.dateLine));
}

void addPakta(ReportDocument& doc, const FormParts& parts, const PledgeEntry& official, const QString& grade,
              const Settings& settings)
{
    doc.addLetterhead(parts.letterhead);
    doc.addTitle(parts.text.titleLines);
    // The particulars follow the first opening paragraph ("Yang bertanda tangan di bawah ini,").
    const QStringList& opening = parts.text.opening;
    addText(doc, opening.mid(0, 1));
    doc.addBlock(std::make_unique<FieldListBlock>(QList<FieldListBlock::Field>{
        {QStringLiteral("Nama"), official.name},
        {QStringLiteral("NIP"), SignatoryBlock::groupedNip(official.nip)},
        {QStringLiteral("Pangkat/Golongan"), pangkatGolongan(grade)},
        {QStringLiteral("Jabatan"), official.position},
        {QStringLiteral("Unit Kerja"), official.unitName},
    }));
    addText(doc, opening.mid(1));
    doc.addBlock(std::make_unique<NumberedListBlock>(parts.text.items, Qt::AlignJustify));
    addText(doc, parts.text.closing);

    SignatureBlock declarant;
    declarant.position = QStringLiteral("Yang membuat pernyataan,");
    declarant.name = official.name;
    declarant.nip = official.nip;
    auto signature = std::make_unique<SignatoryBlock>(declarant, parts.dateLine);
    if (settings.value(QStringLiteral("pledge.pakta_meterai")) == QLatin1String("true"))
        signature->setMeteraiBox(QStringLiteral("Meterai 10.000"));
    doc.addBlock(std::move(signature));
}

} // namespace

Result<ReportDocument> PledgeForm::build(Database& db, const ElectionPeriod& period, PledgeKind kind,
                                         const QString& unitCode, const Options& options)
{
    for (const QDate day : {options.asOf, options.signingDate}) {
        if (day.isValid() && !period.contains(day))
            return Error::invalid(tr("%1 lies outside the period %2 (%3 to %4).")
                                      .arg(day.toString(Qt::ISODate), period.name, period.start.toString(Qt::ISODate),
                                           period.end.toString(Qt::ISODate)));
    }
    const QDate asOf = options.asOf.isValid() ? options.asOf : qBound(period.start, db.clock().today(), period.end);

    const auto unit = WorkUnitRepository(db).findByCode(unitCode.trimmed(), asOf);
    if (!unit)
        return unit.error();
    const auto owed = PledgeRepository(db).obligations(period, kind, asOf, {unit->id});
    if (!owed)
        return owed.error();
    if (owed->entries.isEmpty()) {
        const QString date = asOf.toString(Qt::ISODate);
        if (kind == PledgeKind::Ikrar)
            return Error::invalid(tr("Nobody in work unit %1 (%2) must sign the ikrar on %3: no active ASN is assigned "
                                     "there.")
                                      .arg(unit->code, unit->name, date));
        return Error::invalid(tr("Nobody in work unit %1 (%2) must sign the pakta on %3: record the unit's head or "
                                 "flag its officials.")
                                  .arg(unit->code, unit->name, date));
    }
    const auto settings = SettingsRepository(db).all();
    if (!settings)
        return settings.error();

    FormParts parts;
    parts.letterhead = Letterhead::fromSettings(*settings);
    parts.text = PledgeText::fromSetting(kind, settings->value(PledgeText::settingKey(kind)))
                     .filled(PledgePlaceholders(parts.letterhead.government, period));
    parts.dateLine = dateLine(SignatureBlock::fromSettings(*settings).place, options.signingDate, asOf.year());

    ReportDocument doc;
    doc.setPaper(options.paper);
    doc.setTitle(PledgeKindText::label(kind) + QLatin1Char(' ') + unit->name);
    const StaffRepository staff(db);
    if (kind == PledgeKind::Ikrar) {
        std::optional<Staff> head;
        if (unit->headStaffId != 0) {
            const auto found = staff.findById(unit->headStaffId);
            if (!found)
                return found.error();
            head = *found;
        }
        addIkrar(doc, parts, *unit, owed->entries, acknowledgement(*unit, head, *settings));
        return doc;
    }

    QList<qint64> ids;
    for (const PledgeEntry& official : owed->entries)
        ids.append(official.staffId);
    const auto officials = staff.findByIds(ids);
    if (!officials)
        return officials.error();
    QHash<qint64, QString> grades;
    for (const Staff& person : *officials)
        grades.insert(person.id, person.grade);
    for (qsizetype i = 0; i < owed->entries.size(); ++i) {
        if (i > 0)
            doc.addBlock(std::make_unique<PageBreakBlock>());
        const PledgeEntry& official = owed->entries.at(i);
        addPakta(doc, parts, official, grades.value(official.staffId), *settings);
    }
    return doc;
}

} // namespace netra
