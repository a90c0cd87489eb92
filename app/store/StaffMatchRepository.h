// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/StaffCandidate.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>

#include <memory>

class QSqlQuery;

namespace netra {

class Database;

// People on the roster found by name for an imported attendance row: everyone in use and
// active on a given day (not voided, not inactive from that day or earlier), each with the
// unit they belonged to that day. Both lookups go through an index (staff_roster_name, the
// trigram index staff_search), so a thousand rows cost a thousand index probes on a
// million-person roster. `invited` is left false: the session's targets are the caller's.
class StaffMatchRepository {
    Q_DECLARE_TR_FUNCTIONS(StaffMatchRepository)
public:
    explicit StaffMatchRepository(Database& db);
    ~StaffMatchRepository();

    // Those whose name key is `key` exactly, at most `limit`, by id.
    Result<QList<StaffCandidate>> withNameKey(const QString& key, QDate day, int limit) const;
    // Those whose name key holds every one of `fragments` (three letters or more each), at
    // most `limit`, in no particular order.
    Result<QList<StaffCandidate>> withFragments(const QStringList& fragments, QDate day, int limit) const;

private:
    Result<QList<StaffCandidate>> collect(QSqlQuery& q) const;

    Database& m_db;
    mutable std::unique_ptr<QSqlQuery> m_byKey; // prepared once: a file asks once per row
};

} // namespace netra
