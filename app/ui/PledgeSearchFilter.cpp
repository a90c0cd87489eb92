// SPDX-License-Identifier: GPL-3.0-or-later
#include "PledgeSearchFilter.h"

#include "PledgeTableModel.h"

#include "core/PersonName.h"

namespace netra {

void PledgeSearchFilter::setText(const QString& text)
{
    const StaffSearchTerm term = StaffSearchTerm::interpret(text);
    if (term == m_term)
        return;
    m_term = term;
    invalidateFilter();
}

bool PledgeSearchFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const auto* model = qobject_cast<const PledgeTableModel*>(sourceModel());
    const PledgeEntry* entry = model && !sourceParent.isValid() ? model->entryAt(sourceRow) : nullptr;
    if (!entry)
        return false;
    switch (m_term.mode) {
    case StaffSearchTerm::Mode::None: return true;
    case StaffSearchTerm::Mode::NipPrefix: return entry->nip.startsWith(m_term.key);
    case StaffSearchTerm::Mode::NamePrefix: return nameKey(entry->name).startsWith(m_term.key);
    case StaffSearchTerm::Mode::NameFragment: return nameKey(entry->name).contains(m_term.key);
    }
    return false;
}

} // namespace netra
