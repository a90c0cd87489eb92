// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QLabel>

namespace netra {

struct PledgeEntry;
class PledgeTableModel;

// The current row of the pledge list in full, under the table: who, when and where they
// signed, who recorded it, and the evidence's whole SHA-256, selectable so that it can be
// copied into a letter or checked against a file.
class PledgeDetailLabel : public QLabel {
    Q_OBJECT
public:
    explicit PledgeDetailLabel(QWidget* parent = nullptr);

    // nullptr clears. `asOf` is the list's date; the model names places and briefings.
    void showEntry(const PledgeEntry* entry, QDate asOf, const PledgeTableModel& model);
};

} // namespace netra
