// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/Session.h"

#include <QCoreApplication>
#include <QList>

namespace netra {

class Database;

// Sosialisasi sessions and the units each one invites.
class SessionRepository {
    Q_DECLARE_TR_FUNCTIONS(SessionRepository)
public:
    explicit SessionRepository(Database& db) : m_db(db) {}

    // Checks the title, the times, the target unit codes, and that the date lies inside the
    // period (a period's dates can be widened; a session outside them is a typo).
    Status validate(const Session& session) const;
    // Validates and stores; returns the stored session with its id.
    Result<Session> add(const Session& draft);
    // Validates and stores every field of an existing session, its target units included.
    Result<Session> update(const Session& changed);
    Result<Session> findById(qint64 id) const;
    // By date and start time; periodId 0: every period.
    Result<QList<Session>> list(qint64 periodId = 0) const;
    // The ids of the invited units; empty when every unit is invited.
    Result<QList<qint64>> targetUnitIds(qint64 sessionId) const;

private:
    Result<QList<qint64>> unitIds(const QStringList& codes) const;
    Status storeTargets(qint64 sessionId, const QList<qint64>& unitIds);
    Status loadTargets(QList<Session>& sessions) const;

    Database& m_db;
};

} // namespace netra
