// SPDX-License-Identifier: GPL-3.0-or-later
#include "StaffDialog.h"

#include "core/Grade.h"
#include "core/Nip.h"
#include "core/PersonName.h"
#include "core/StaffValidator.h"
#include "store/Database.h"
#include "store/StaffRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace netra {

namespace {

QLabel* reasonLabel(const QString& name, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    label->setPalette(palette);
    label->hide();
    return label;
}

void showReason(QLabel* label, const QString& reason)
{
    label->setText(reason);
    label->setVisible(!reason.isEmpty());
}

QString unitText(const WorkUnit& unit)
{
    return unit.code + QStringLiteral(" — ") + unit.name;
}

} // namespace

StaffDialog::StaffDialog(Database& db, const QList<WorkUnit>& units, const std::optional<Staff>& existing, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_units(units)
    , m_existing(existing)
{
    setObjectName(QStringLiteral("staffDialog"));
    build();
    retranslate();
    if (m_existing)
        fill(*m_existing);
    validate();
}

void StaffDialog::build()
{
    m_nip = new QLineEdit(this);
    m_nip->setObjectName(QStringLiteral("staffNip"));
    m_nipReason = reasonLabel(QStringLiteral("staffNipReason"), this);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("staffName"));
    m_nameReason = reasonLabel(QStringLiteral("staffNameReason"), this);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("staffKind"));
    for (const StaffKind kind : {StaffKind::Pns, StaffKind::Pppk, StaffKind::PppkPartTime, StaffKind::NonAsn})
        m_kind->addItem(QString(), int(kind));
    m_sex = new QComboBox(this);
    m_sex->setObjectName(QStringLiteral("staffSex"));
    m_sex->addItem(QString(), QString());
    m_sex->addItem(QString(), QStringLiteral("L"));
    m_sex->addItem(QString(), QStringLiteral("P"));
    m_sexReason = reasonLabel(QStringLiteral("staffSexReason"), this);
    m_grade = new QLineEdit(this);
    m_grade->setObjectName(QStringLiteral("staffGrade"));
    m_gradeReason = reasonLabel(QStringLiteral("staffGradeReason"), this);
    m_position = new QLineEdit(this);
    m_position->setObjectName(QStringLiteral("staffPosition"));
    m_unit = new QComboBox(this);
    m_unit->setObjectName(QStringLiteral("staffUnit"));
    m_unit->setEditable(true);
    m_unit->setInsertPolicy(QComboBox::NoInsert);
    m_unit->addItem(QString());
    for (const WorkUnit& unit : std::as_const(m_units))
        m_unit->addItem(unitText(unit), unit.code);
    m_unitReason = reasonLabel(QStringLiteral("staffUnitReason"), this);
    m_from = new QDateEdit(m_db.clock().today(), this);
    m_from->setObjectName(QStringLiteral("staffFrom"));
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    m_active = new QCheckBox(this);
    m_active->setObjectName(QStringLiteral("staffActive"));
    m_active->setChecked(true);
    m_active->setVisible(m_existing.has_value());
    m_official = new QCheckBox(this);
    m_official->setObjectName(QStringLiteral("staffOfficial"));
    m_error = reasonLabel(QStringLiteral("staffError"), this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("staffSave"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("staffCancel"));

    auto* form = new QFormLayout;
    const auto addRow = [&](QWidget* field, QLabel* reason) {
        auto* label = new QLabel(this);
        label->setBuddy(field);
        m_labels << label;
        form->addRow(label, field);
        if (reason)
            form->addRow(QString(), reason);
    };
    addRow(m_kind, nullptr);
    addRow(m_nip, m_nipReason);
    addRow(m_name, m_nameReason);
    addRow(m_sex, m_sexReason);
    addRow(m_grade, m_gradeReason);
    addRow(m_position, nullptr);
    addRow(m_unit, m_unitReason);
    addRow(m_from, nullptr);
    form->addRow(QString(), m_official);
    form->addRow(QString(), m_active);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_nip, &QLineEdit::textChanged, this, &StaffDialog::validate);
    connect(m_name, &QLineEdit::textChanged, this, &StaffDialog::validate);
    connect(m_grade, &QLineEdit::textChanged, this, &StaffDialog::validate);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &StaffDialog::validate);
    connect(m_sex, &QComboBox::currentIndexChanged, this, &StaffDialog::validate);
    connect(m_unit, &QComboBox::currentTextChanged, this, &StaffDialog::validate);
    connect(m_from, &QDateEdit::dateChanged, this, &StaffDialog::validate);
    connect(m_active, &QCheckBox::toggled, this, &StaffDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &StaffDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &StaffDialog::reject);
}

void StaffDialog::retranslate()
{
    setWindowTitle(m_existing ? tr("Edit staff member") : tr("Add staff member"));
    const QStringList labels{tr("&Kind"), tr("&NIP"), tr("Na&me (with titles)"), tr("&Sex"), tr("&Grade"),
                             tr("&Position"), tr("&Work unit"), m_existing ? tr("&Moved on") : tr("Assigned &from")};
    for (qsizetype i = 0; i < m_labels.size() && i < labels.size(); ++i)
        m_labels.at(i)->setText(labels.at(i));
    for (int i = 0; i < m_kind->count(); ++i)
        m_kind->setItemText(i, staffKindLabel(StaffKind(m_kind->itemData(i).toInt())));
    m_sex->setItemText(0, tr("As the NIP says"));
    m_sex->setItemText(1, tr("Male (L)"));
    m_sex->setItemText(2, tr("Female (P)"));
    m_unit->lineEdit()->setPlaceholderText(tr("Type a code or a name"));
    m_nip->setPlaceholderText(tr("18 digits, spaces allowed"));
    m_grade->setPlaceholderText(tr("e.g. III/b or IX"));
    m_official->setText(tr("Signs a pakta integritas (named official)"));
    m_active->setText(tr("Active"));
    validate();
}

void StaffDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void StaffDialog::fill(const Staff& staff)
{
    m_kind->setCurrentIndex(m_kind->findData(int(staff.kind)));
    m_nip->setText(staff.nip);
    m_name->setText(staff.name);
    m_sex->setCurrentIndex(staff.sex ? m_sex->findData(sexCode(*staff.sex)) : 0);
    m_grade->setText(staff.grade);
    m_position->setText(staff.position);
    const int unitIndex = m_unit->findData(staff.unitCode);
    m_unit->setCurrentIndex(unitIndex >= 0 ? unitIndex : 0);
    m_official->setChecked(staff.official);
    m_active->setChecked(staff.active);
}

const WorkUnit* StaffDialog::chosenUnit() const
{
    const QString text = m_unit->currentText().trimmed();
    if (text.isEmpty())
        return nullptr;
    for (const WorkUnit& unit : m_units)
        if (unitText(unit) == text || unit.code.compare(text, Qt::CaseInsensitive) == 0
            || unit.name.compare(text, Qt::CaseInsensitive) == 0
            || (!unit.abbreviation.isEmpty() && unit.abbreviation.compare(text, Qt::CaseInsensitive) == 0))
            return &unit;
    return nullptr;
}

Staff StaffDialog::draft() const
{
    Staff s = m_existing.value_or(Staff{});
    s.kind = StaffKind(m_kind->currentData().toInt());
    s.nip = m_nip->text();
    s.name = m_name->text();
    s.sex = sexFromText(m_sex->currentData().toString());
    if (!m_existing || s.birthDate == m_existing->birthDate)
        s.birthDate = QDate(); // taken from the NIP again, which may have changed
    const auto grade = Grade::parse(m_grade->text());
    s.grade = grade ? grade->code() : m_grade->text().trimmed();
    s.position = m_position->text();
    s.official = m_official->isChecked();
    s.active = m_active->isChecked();
    return s;
}

void StaffDialog::validate()
{
    const Staff s = draft();
    const QDate today = m_db.clock().today();
    QString nipReason;
    const QString nipText = Nip::clean(s.nip);
    if (!hasNip(s.kind)) {
        if (!nipText.isEmpty())
            nipReason = tr("Non-ASN staff have no NIP; leave it empty.");
    } else if (nipText.isEmpty()) {
        nipReason = tr("A NIP is needed for %1 staff.").arg(staffKindLabel(s.kind));
    } else {
        Nip::Options options;
        options.kind = s.kind;
        const auto nip = Nip::parse(s.nip, today, options);
        if (!nip) {
            nipReason = nip.error().message;
        } else {
            const auto holder = StaffRepository(m_db).findByNip(nip->digits());
            if (holder && (!m_existing || holder->id != m_existing->id))
                nipReason = tr("This NIP is already recorded for %1.").arg(holder->name);
        }
    }
    showReason(m_nipReason, nipReason);

    QString nameReason;
    if (s.name.simplified().isEmpty())
        nameReason = tr("Enter the name.");
    else if (PersonName::parse(s.name.simplified()).bareName.isEmpty())
        nameReason = tr("There are titles but no name.");
    showReason(m_nameReason, nameReason);

    QString sexReason;
    if (nipReason.isEmpty() && s.sex && hasNip(s.kind)) {
        Nip::Options options;
        options.kind = s.kind;
        options.sexColumn = s.sex;
        if (const auto nip = Nip::parse(s.nip, today, options); !nip)
            sexReason = nip.error().message;
    }
    showReason(m_sexReason, sexReason);

    const QString gradeText = m_grade->text().trimmed();
    showReason(m_gradeReason, !gradeText.isEmpty() && !Grade::parse(gradeText)
                                  ? tr("Not a grade: write it as III/b for PNS or IX for PPPK.") : QString());

    const WorkUnit* unit = chosenUnit();
    QString unitReason;
    if (m_unit->currentText().trimmed().isEmpty())
        unitReason = tr("Choose the work unit.");
    else if (!unit)
        unitReason = tr("Unknown work unit \"%1\".").arg(m_unit->currentText().trimmed());
    showReason(m_unitReason, unitReason);
    const bool moves = m_existing && unit && unit->id != m_existing->unitId;
    m_from->setEnabled(!m_existing || moves);

    QString error;
    if (nipReason.isEmpty() && nameReason.isEmpty() && sexReason.isEmpty()) {
        if (const auto checked = StaffValidator(today).validate(s); !checked)
            error = checked.error().message;
    }
    showReason(m_error, error);
    m_valid = nipReason.isEmpty() && nameReason.isEmpty() && sexReason.isEmpty() && m_gradeReason->text().isEmpty()
        && unitReason.isEmpty() && error.isEmpty();
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(m_valid);
}

void StaffDialog::save()
{
    validate();
    if (!m_valid)
        return;
    const WorkUnit* unit = chosenUnit();
    StaffRepository repository(m_db);
    const auto saved = m_existing ? repository.update(draft(), unit->code, m_from->date())
                                  : repository.add(draft(), unit->code, m_from->date());
    if (!saved) {
        showReason(m_error, saved.error().message);
        return;
    }
    m_savedId = saved->id;
    accept();
}

} // namespace netra
