// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/PledgeRepository.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace netra {

// The people who owe a pledge, as PledgeRepository::obligations lists them, each with their
// pledge when signed. The list comes cut at a few thousand rows, so it is held whole.
class PledgeTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        NumberColumn, NameColumn, NipColumn, PositionColumn, UnitColumn, SignedOnColumn, PlaceColumn, EvidenceColumn,
        ColumnCount
    };
    static constexpr int kShortHash = 12; // hex digits of the SHA-256 shown in the table

    explicit PledgeTableModel(QObject* parent = nullptr);

    void setEntries(const QList<PledgeEntry>& entries);
    // Titles of the period's briefings, for pledges signed at one and given no place.
    void setSessionTitles(const QHash<qint64, QString>& titles);
    const QList<PledgeEntry>& entries() const { return m_entries; }
    const PledgeEntry* entryAt(int row) const;
    int rowOfStaff(qint64 staffId) const; // -1 when not listed
    void retranslate();

    QString sessionTitle(qint64 sessionId) const { return m_sessionTitles.value(sessionId); }
    // Where it was signed: the place as written, else the briefing's title.
    QString placeText(const Pledge& pledge) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<PledgeEntry> m_entries;
    QHash<qint64, QString> m_sessionTitles;
};

} // namespace netra
