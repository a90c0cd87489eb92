// SPDX-License-Identifier: GPL-3.0-or-later
#include "StaffPicker.h"

#include "NipText.h"

#include "core/StaffQuery.h"
#include "store/Database.h"
#include "store/StaffRepository.h"
#include "store/StaffSearchRepository.h"
#include "store/WorkUnitRepository.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace netra {

namespace {

constexpr int kSuggestions = 8;
constexpr int kNipDigits = 18;
// Shorter starts of a NIP match a whole birth year; shorter names half the roster.
constexpr int kMinDigits = 4;
constexpr int kMinLetters = 3;

} // namespace

StaffPicker::StaffPicker(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_field(new QLineEdit(this))
    , m_picked(new QLabel(this))
    , m_suggestions(new QStandardItemModel(this))
    , m_completer(new QCompleter(m_suggestions, this))
{
    m_picked->setObjectName(QStringLiteral("staffPicked"));
    m_picked->setWordWrap(true);
    m_picked->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_field->setClearButtonEnabled(true);
    setFocusProxy(m_field);
    m_completer->setWidget(m_field);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setMaxVisibleItems(kSuggestions);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_field);
    layout->addWidget(m_picked);

    if (const auto units = WorkUnitRepository(m_db).list(m_db.clock().today()))
        for (const WorkUnit& unit : *units)
            m_unitNames.insert(unit.code, unit.name);

    connect(m_field, &QLineEdit::textEdited, this, &StaffPicker::textEdited);
    connect(m_field, &QLineEdit::returnPressed, this, &StaffPicker::enterPressed);
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this,
            [this](const QModelIndex& index) { pick(index.data(Qt::UserRole).toLongLong()); });
    showPicked();
}

void StaffPicker::pick(qint64 staffId)
{
    m_completer->popup()->hide();
    const auto found = StaffRepository(m_db).findById(staffId);
    if (!found)
        return;
    // The field names whom it holds; setText does not count as the clerk's editing.
    m_field->setText(found->name);
    setStaff(*found);
}

void StaffPicker::textEdited(const QString& text)
{
    m_notFound.clear();
    setStaff(std::nullopt);
    m_suggestions->clear();
    const StaffSearchTerm term = StaffSearchTerm::interpret(text);
    const bool nip = term.mode == StaffSearchTerm::Mode::NipPrefix;
    if (nip && term.key.size() == kNipDigits) {
        if (const auto found = StaffRepository(m_db).findByNip(term.key)) {
            m_completer->popup()->hide();
            setStaff(*found);
            return;
        }
        m_notFound = term.key;
        showPicked();
    }
    if (nip ? term.key.size() < kMinDigits : term.key.size() < kMinLetters) {
        m_completer->popup()->hide();
        return;
    }
    StaffQuery query;
    query.text = text;
    const auto ids = StaffSearchRepository(m_db).ids(query, kSuggestions);
    const auto people = ids && !ids->isEmpty() ? StaffRepository(m_db).findByIds(*ids) : Result<QList<Staff>>(QList<Staff>());
    if (!people || people->isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    for (const Staff& person : *people) {
        const QString number = groupedNip(person.nip.isEmpty() ? person.internalId : person.nip);
        auto* item = new QStandardItem(person.name + QStringLiteral(" — ") + number + QStringLiteral(" — ")
                                       + unitName(person.unitCode));
        item->setData(person.id, Qt::UserRole);
        item->setEditable(false);
        m_suggestions->appendRow(item);
    }
    m_completer->complete();
}

void StaffPicker::enterPressed()
{
    // Enter on a highlighted suggestion: the completer picks that person.
    if (m_completer->popup()->isVisible() && m_completer->popup()->currentIndex().isValid())
        return;
    if (m_staff)
        return;
    // A non-ASN internal id is whole only when Enter says so.
    if (const auto found = StaffRepository(m_db).findByNip(m_field->text()); found) {
        m_completer->popup()->hide();
        setStaff(*found);
    } else if (m_suggestions->rowCount() == 1) {
        pick(m_suggestions->item(0)->data(Qt::UserRole).toLongLong());
    }
}

void StaffPicker::setStaff(const std::optional<Staff>& staff)
{
    const bool same = staff.has_value() == m_staff.has_value() && (!staff || staff->id == m_staff->id);
    m_staff = staff;
    showPicked();
    if (!same)
        emit changed();
}

void StaffPicker::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        showPicked();
    QWidget::changeEvent(event);
}

void StaffPicker::showPicked()
{
    m_field->setPlaceholderText(tr("NIP, or at least three letters of the name"));
    if (!m_staff) {
        m_picked->setText(m_notFound.isEmpty() ? tr("Nobody chosen yet.")
                                               : tr("Nobody on the roster has NIP %1.").arg(groupedNip(m_notFound)));
        return;
    }
    const Staff& s = *m_staff;
    QStringList parts{s.name, groupedNip(s.nip.isEmpty() ? s.internalId : s.nip), staffKindLabel(s.kind)};
    if (!s.position.isEmpty())
        parts << s.position;
    if (!s.unitCode.isEmpty())
        parts << unitName(s.unitCode);
    if (!s.active)
        parts << tr("inactive");
    m_picked->setText(tr("Chosen: %1").arg(parts.join(QStringLiteral(" · "))));
}

} // namespace netra
