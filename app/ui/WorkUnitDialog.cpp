// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkUnitDialog.h"

#include "core/UnitKind.h"
#include "store/WorkUnitRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace netra {

WorkUnitDialog::WorkUnitDialog(Database& db, const QList<WorkUnit>& units, const std::optional<WorkUnit>& existing,
                               QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_units(units)
    , m_existing(existing)
    , m_code(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_abbreviation(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_parent(new QComboBox(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("workUnitDialog"));
    m_code->setObjectName(QStringLiteral("unitCode"));
    m_name->setObjectName(QStringLiteral("unitName"));
    m_abbreviation->setObjectName(QStringLiteral("unitAbbreviation"));
    m_kind->setObjectName(QStringLiteral("unitKind"));
    m_parent->setObjectName(QStringLiteral("unitParent"));
    m_error->setObjectName(QStringLiteral("unitError"));
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("unitSave"));
    m_error->setWordWrap(true);
    QPalette palette = m_error->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    m_error->setPalette(palette);

    for (const QString& kind : unitKindCodes())
        m_kind->addItem(QString(), kind);
    m_parent->addItem(QString(), QString());
    for (const WorkUnit& unit : std::as_const(m_units))
        if (!m_existing || unit.id != m_existing->id)
            m_parent->addItem(unit.code + QStringLiteral(" — ") + unit.name, unit.code);

    auto* form = new QFormLayout;
    for (QWidget* field : std::initializer_list<QWidget*>{m_code, m_name, m_abbreviation, m_kind, m_parent}) {
        auto* label = new QLabel(this);
        label->setBuddy(field);
        m_labels << label;
        form->addRow(label, field);
    }
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    if (m_existing) {
        m_code->setText(m_existing->code);
        m_code->setReadOnly(true);
        m_name->setText(m_existing->name);
        m_abbreviation->setText(m_existing->abbreviation);
        m_kind->setCurrentIndex(std::max(0, m_kind->findData(m_existing->kind)));
        m_parent->setCurrentIndex(std::max(0, m_parent->findData(m_existing->parentCode)));
    }
    for (QLineEdit* edit : {m_code, m_name, m_abbreviation})
        connect(edit, &QLineEdit::textChanged, this, &WorkUnitDialog::validate);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &WorkUnitDialog::validate);
    connect(m_parent, &QComboBox::currentIndexChanged, this, &WorkUnitDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &WorkUnitDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
}

void WorkUnitDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void WorkUnitDialog::retranslate()
{
    setWindowTitle(m_existing ? tr("Edit work unit") : tr("Add work unit"));
    const QStringList labels{tr("&Code"), tr("&Name"), tr("&Abbreviation"), tr("&Kind"), tr("&Part of")};
    for (qsizetype i = 0; i < m_labels.size(); ++i)
        m_labels.at(i)->setText(labels.value(i));
    for (int i = 0; i < m_kind->count(); ++i)
        m_kind->setItemText(i, unitKindLabel(m_kind->itemData(i).toString()));
    m_parent->setItemText(0, tr("(top level: a perangkat daerah)"));
    validate();
}

WorkUnit WorkUnitDialog::draft() const
{
    WorkUnit unit = m_existing.value_or(WorkUnit{});
    unit.code = m_code->text().trimmed();
    unit.name = m_name->text().simplified();
    unit.abbreviation = m_abbreviation->text().trimmed();
    unit.kind = m_kind->currentData().toString();
    unit.parentCode = m_parent->currentData().toString();
    return unit;
}

void WorkUnitDialog::validate()
{
    const WorkUnit unit = draft();
    QString error;
    if (const Status valid = WorkUnitRepository(m_db).validate(unit); !valid)
        error = valid.error().message;
    else if (!m_existing)
        for (const WorkUnit& other : std::as_const(m_units))
            if (other.code == unit.code)
                error = tr("A work unit with code %1 already exists.").arg(unit.code);
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(error.isEmpty());
}

void WorkUnitDialog::save()
{
    const WorkUnit unit = draft();
    WorkUnitRepository repository(m_db);
    QString error;
    if (m_existing) {
        if (const Status updated = repository.update(unit); !updated)
            error = updated.error().message;
    } else if (const auto added = repository.add(unit); !added) {
        error = added.error().message;
    }
    if (!error.isEmpty()) {
        m_error->setText(error);
        m_error->setVisible(true);
        return;
    }
    m_savedCode = unit.code;
    accept();
}

} // namespace netra
