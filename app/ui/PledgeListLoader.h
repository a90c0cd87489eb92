// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BackgroundReader.h"

#include "core/ElectionPeriod.h"
#include "core/Pledge.h"
#include "core/Result.h"
#include "store/PledgeRepository.h"

#include <QDate>
#include <QObject>

namespace netra {

class Database;

// What the Ikrar & Pakta page lists: who owes `kind` of `period` as of `asOf`, filtered.
struct PledgeListQuery {
    ElectionPeriod period;
    PledgeKind kind = PledgeKind::Ikrar;
    QDate asOf;
    ObligationFilter filter;
};

// One answer: the list (cut at the filter's limit) and the counts of the same period, kind,
// unit and date, whatever the signing filter.
struct PledgeList {
    PledgeListQuery query;
    Obligations obligations;
    ObligationCounts counts;
};

// Reads pledge lists for the page through a BackgroundReader: who owes a pledge is a walk
// of the unit's assignments, seconds for a unit of half a million or for "all units" of a
// large Pemda, and the window must stay alive meanwhile.
class PledgeListLoader : public QObject {
    Q_OBJECT
public:
    explicit PledgeListLoader(QObject* parent = nullptr);

    // nullptr stops. On a network share the lists are read through `db` itself, in the
    // caller's thread (see BackgroundReader).
    void setDatabase(Database* db);
    void load(const PledgeListQuery& query);
    bool isLoading() const { return m_reader.isLoading(); }

    // The store calls behind one answer.
    static Result<PledgeList> read(Database& db, const PledgeListQuery& query);

signals:
    void loaded(const netra::PledgeList& list);
    void failed(const QString& message);

private:
    BackgroundReader m_reader;
};

} // namespace netra
