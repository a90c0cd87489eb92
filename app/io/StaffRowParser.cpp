// SPDX-License-Identifier: GPL-3.0-or-later
#include "StaffRowParser.h"

#include "core/DateInput.h"
#include "core/Grade.h"
#include "core/Nip.h"
#include "core/PersonName.h"
#include "core/WorkUnit.h"
#include "core/StaffValidator.h"

namespace netra {

const SpreadsheetCell& StaffRowParser::cell(const QList<SpreadsheetCell>& cells, StaffField field) const
{
    const int column = m_map.column(field);
    return column >= 0 && column < cells.size() ? cells.at(column) : m_empty;
}

StaffRowParser::Parsed StaffRowParser::parse(const QList<SpreadsheetCell>& cells, int row,
                                             const StoredKind& storedKind) const
{
    Parsed out;
    const auto text = [&](StaffField f) { return cell(cells, f).text.trimmed(); };
    const auto problem = [&](StaffField f, const QString& reason) {
        out.problems.push_back({row, m_map.header(f), cell(cells, f).text, reason});
    };

    // NIP: a number cell or float text means Excel already dropped digits; never repair.
    const SpreadsheetCell& nipCell = cell(cells, StaffField::Nip);
    out.nipDigits = Nip::clean(nipCell.text);
    bool nipUsable = false;
    if (nipCell.type == SpreadsheetCell::Type::Number || Nip::looksDamagedBySpreadsheet(nipCell.text))
        problem(StaffField::Nip, Nip::spreadsheetDamage().message);
    else if (out.nipDigits.isEmpty())
        problem(StaffField::Nip, tr("The NIP is empty."));
    else
        nipUsable = true;

    std::optional<StaffKind> kind;
    if (const QString k = text(StaffField::Kind); !k.isEmpty()) {
        kind = staffKindFromCode(k);
        if (!kind) {
            problem(StaffField::Kind, tr("Unknown staff kind \"%1\"; use PNS, PPPK or PPPK Paruh Waktu.").arg(k));
            nipUsable = false;
        } else if (!hasNip(*kind)) {
            problem(StaffField::Kind, tr("Non-ASN staff have no NIP to match on; add them with staff add."));
            nipUsable = false;
        }
    }
    std::optional<Sex> sex;
    if (const QString s = text(StaffField::Sex); !s.isEmpty()) {
        sex = sexFromText(s);
        if (!sex)
            problem(StaffField::Sex, tr("Unknown sex \"%1\"; use L or P.").arg(s));
    }

    std::optional<Nip> nip;
    if (nipUsable) {
        Nip::Options options;
        options.kind = kind ? kind : storedKind(out.nipDigits);
        options.checkPppkCodeDigits = m_checkPppkCodeDigits;
        auto parsed = Nip::parse(nipCell.text, m_today, options);
        if (!parsed) {
            problem(StaffField::Nip, parsed.error().message);
        } else if (sex && *sex != parsed->sex()) {
            options.sexColumn = sex;
            problem(StaffField::Sex, Nip::parse(nipCell.text, m_today, options).error().message);
        } else {
            nip = *parsed;
            if (!kind)
                kind = options.kind ? *options.kind
                                    : (parsed->scheme() == NipScheme::NiPppk ? StaffKind::Pppk : StaffKind::Pns);
        }
    }

    const PersonName written{text(StaffField::FrontTitles).simplified(), text(StaffField::Name).simplified(),
                             text(StaffField::BackTitles).simplified()};
    if (written.bareName.isEmpty())
        problem(StaffField::Name, tr("The name is empty."));

    QDate birth;
    const SpreadsheetCell& birthCell = cell(cells, StaffField::BirthDate);
    if (!birthCell.isEmpty()) {
        if (birthCell.type == SpreadsheetCell::Type::Date)
            birth = birthCell.date;
        else if (birthCell.type != SpreadsheetCell::Type::Number)
            birth = parseDateInput(birthCell.text).value_or(QDate());
        if (!birth.isValid())
            problem(StaffField::BirthDate, tr("\"%1\" is not a date; write it as 27-11-1987 or 1987-11-27.").arg(birthCell.text));
        else if (nip && nip->birthDate() != birth)
            out.warnings.push_back({row, m_map.header(StaffField::BirthDate), birthCell.text,
                                    tr("The birth date differs from the NIP's (%1); the row is kept.")
                                        .arg(nip->birthDate().toString(Qt::ISODate))});
    }

    QString grade;
    if (const QString g = text(StaffField::Grade); !g.isEmpty()) {
        const auto parsed = Grade::parse(g);
        if (parsed)
            grade = parsed->code();
        else
            problem(StaffField::Grade, tr("Unknown grade \"%1\"; write it as III/b (PNS) or IX (PPPK).").arg(g));
    }

    out.unitName = text(StaffField::Unit).simplified();
    out.unitKey = unitNameKey(out.unitName);
    if (out.unitName.isEmpty())
        problem(StaffField::Unit, tr("The work unit is empty."));

    if (!out.problems.isEmpty() || !nip)
        return out;

    Staff draft;
    draft.nip = nip->digits();
    draft.name = written.full();
    draft.kind = kind.value_or(StaffKind::Pns);
    draft.sex = sex;
    draft.birthDate = birth;
    draft.grade = grade;
    draft.position = text(StaffField::Position).simplified();
    auto valid = StaffValidator(m_today, m_checkPppkCodeDigits).validate(draft);
    if (!valid) {
        problem(StaffField::Name, valid.error().message);
        return out;
    }
    out.staff = std::move(valid).value();
    out.nameKey = nameKey(out.staff.name);
    return out;
}

} // namespace netra
