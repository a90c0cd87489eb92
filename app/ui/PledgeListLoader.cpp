// SPDX-License-Identifier: GPL-3.0-or-later
#include "PledgeListLoader.h"

#include "store/Database.h"

#include <algorithm>

namespace netra {

PledgeListLoader::PledgeListLoader(QObject* parent)
    : QObject(parent)
    , m_reader(QStringLiteral("pledge-lists"))
{
}

void PledgeListLoader::setDatabase(Database* db)
{
    m_reader.setDatabase(db);
}

void PledgeListLoader::load(const PledgeListQuery& query)
{
    m_reader.request<PledgeList>([query](Database& db) { return read(db, query); },
                                 [this](const PledgeList& list) { emit loaded(list); },
                                 [this](const QString& message) { emit failed(message); });
}

Result<PledgeList> PledgeListLoader::read(Database& db, const PledgeListQuery& query)
{
    const PledgeRepository pledges(db);
    auto listed = pledges.obligations(query.period, query.kind, query.asOf, query.filter);
    if (!listed)
        return listed.error();
    PledgeList list{query, std::move(*listed), {}};
    const bool whole = list.obligations.entries.size() == list.obligations.total;
    if (query.filter.signing == Signing::Any && whole) {
        // Everyone owed is in hand: count them here rather than walk the unit twice.
        list.counts.owed = list.obligations.total;
        list.counts.signedCount = int(std::count_if(list.obligations.entries.cbegin(), list.obligations.entries.cend(),
                                                [](const PledgeEntry& e) { return e.pledge.has_value(); }));
        return list;
    }
    const auto counts = pledges.obligationCounts(query.period, query.kind, query.asOf, query.filter.unitId);
    if (!counts)
        return counts.error();
    list.counts = *counts;
    return list;
}

} // namespace netra
