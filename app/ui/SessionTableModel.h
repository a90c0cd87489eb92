// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/RegionTime.h"
#include "core/Session.h"

#include <QAbstractTableModel>
#include <QList>

namespace netra {

// The sosialisasi sessions of one period: date, time, title, venue, speakers, invited units
// and whether closed. A period holds tens of sessions, so they are held whole.
class SessionTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { DateColumn, TimeColumn, TitleColumn, VenueColumn, SpeakersColumn, UnitsColumn, ClosedColumn, ColumnCount };

    explicit SessionTableModel(QObject* parent = nullptr);

    void setSessions(const QList<Session>& sessions);
    void setRegionTime(const RegionTime& region);
    const QList<Session>& sessions() const { return m_sessions; }
    const Session* sessionAt(int row) const;
    int rowOfId(qint64 id) const;
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "08.00–12.00 WIB", "08.00 WIB s.d. selesai" (as the daftar hadir writes it); empty when unset.
    static QString timeText(const Session& session, const RegionTime& region);

private:
    QList<Session> m_sessions;
    RegionTime m_region;
};

} // namespace netra
