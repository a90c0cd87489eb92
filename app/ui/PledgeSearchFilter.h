// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/StaffQuery.h"

#include <QSortFilterProxyModel>

namespace netra {

// Narrows a PledgeTableModel to a name or NIP as the clerk types it, read as the Pegawai
// search reads it (StaffSearchTerm): digits are the start of a NIP, anything else a piece of
// the name, titles ignored. It sees only the rows loaded; the page says so when the list
// was cut.
class PledgeSearchFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setText(const QString& text);
    bool isActive() const { return m_term.mode != StaffSearchTerm::Mode::None; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    StaffSearchTerm m_term;
};

} // namespace netra
