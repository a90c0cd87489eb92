// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/Session.h"
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
// trigram index staff_search) and stop at `limit`, so a thousand rows cost a few thousand
// index probes on a million-person roster, however common the names.
class StaffMatchRepository {
    Q_DECLARE_TR_FUNCTIONS(StaffMatchRepository)
public:
    explicit StaffMatchRepository(Database& db);
    ~StaffMatchRepository();

    // Those whose name key is `key` exactly, the first `limit` by id.
    Result<QList<StaffCandidate>> withNameKey(const QString& key, QDate day, int limit) const;
    // The same among those whose unit on the session's date is invited to it (any unit when
    // it invites all); `invited` is set.
    Result<QList<StaffCandidate>> invitedWithNameKey(const QString& key, const Session& session, int limit) const;
    // Those whose name key holds every one of `fragments` (three letters or more each), at
    // most `limit`, in no particular order.
    Result<QList<StaffCandidate>> withFragments(const QStringList& fragments, QDate day, int limit) const;

private:
    Result<QList<StaffCandidate>> collect(QSqlQuery& q) const;

    Database& m_db;
    // Prepared once: a file asks once per row.
    mutable std::unique_ptr<QSqlQuery> m_byKey;
    mutable std::unique_ptr<QSqlQuery> m_invitedByKey;
};

} // namespace netra
