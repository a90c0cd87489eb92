// SPDX-License-Identifier: GPL-3.0-or-later
#include "UnitHeadDialog.h"

#include "NipText.h"

#include "store/Database.h"
#include "store/StaffRepository.h"
#include "store/StaffSearchRepository.h"
#include "store/WorkUnitRepository.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace netra {

namespace {

constexpr int kShown = 50;

} // namespace

UnitHeadDialog::UnitHeadDialog(Database& db, const WorkUnit& unit, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_unit(unit)
    , m_intro(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_onlyUnit(new QCheckBox(this))
    , m_candidates(new QListWidget(this))
    , m_fromLabel(new QLabel(this))
    , m_from(new QDateEdit(db.clock().today(), this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("unitHeadDialog"));
    m_search->setObjectName(QStringLiteral("headSearch"));
    m_onlyUnit->setObjectName(QStringLiteral("headOnlyUnit"));
    m_candidates->setObjectName(QStringLiteral("headCandidates"));
    m_from->setObjectName(QStringLiteral("headFrom"));
    m_error->setObjectName(QStringLiteral("headError"));
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("headSave"));
    m_intro->setWordWrap(true);
    m_error->setWordWrap(true);
    m_error->hide();
    m_onlyUnit->setChecked(true);
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    m_fromLabel->setBuddy(m_from);

    auto* dateRow = new QHBoxLayout;
    dateRow->addWidget(m_fromLabel);
    dateRow->addWidget(m_from);
    dateRow->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_search);
    layout->addWidget(m_onlyUnit);
    layout->addWidget(m_candidates, 1);
    layout->addLayout(dateRow);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_search, &QLineEdit::textChanged, this, &UnitHeadDialog::search);
    connect(m_onlyUnit, &QCheckBox::toggled, this, &UnitHeadDialog::search);
    connect(m_candidates, &QListWidget::currentRowChanged, this, [this](int row) {
        m_buttons->button(QDialogButtonBox::Save)->setEnabled(row >= 0);
    });
    connect(m_candidates, &QListWidget::itemDoubleClicked, this, &UnitHeadDialog::save);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &UnitHeadDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
    search();
    resize(560, 520);
}

void UnitHeadDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void UnitHeadDialog::retranslate()
{
    setWindowTitle(tr("Head of %1").arg(m_unit.name));
    m_intro->setText(m_unit.headName.isEmpty()
                         ? tr("No head is recorded for %1 today. Find the person who heads it:").arg(m_unit.name)
                         : tr("%1 heads %2 today. Find the person who heads it from the date below; the current term "
                              "ends the day before.").arg(m_unit.headName, m_unit.name));
    m_search->setPlaceholderText(tr("Search by name or NIP"));
    m_onlyUnit->setText(tr("Only staff of this unit"));
    m_fromLabel->setText(tr("Heads the unit &from"));
}

void UnitHeadDialog::search()
{
    StaffQuery query;
    query.text = m_search->text();
    query.unitId = m_onlyUnit->isChecked() ? m_unit.id : 0;
    query.active = StaffActiveFilter::Active;
    m_candidates->clear();
    const auto ids = StaffSearchRepository(m_db).ids(query, kShown);
    const auto people = ids ? StaffRepository(m_db).findByIds(*ids) : Result<QList<Staff>>(ids.error());
    if (!people) {
        m_error->setText(people.error().message);
        m_error->show();
        return;
    }
    for (const Staff& s : *people) {
        auto* item = new QListWidgetItem(QStringLiteral("%1   %2   %3").arg(s.name, groupedNip(s.nip.isEmpty() ? s.internalId : s.nip), s.position));
        item->setData(Qt::UserRole, s.id);
        m_candidates->addItem(item);
    }
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
}

void UnitHeadDialog::save()
{
    QListWidgetItem* item = m_candidates->currentItem();
    if (!item)
        return;
    const Status set = WorkUnitRepository(m_db).setHead(m_unit.code, item->data(Qt::UserRole).toLongLong(), m_from->date());
    if (!set) {
        m_error->setText(set.error().message);
        m_error->show();
        return;
    }
    accept();
}

} // namespace netra
