// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionRepository.h"

#include "Database.h"
#include "SqlValues.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace netra {

namespace {

const char* const selectSessions =
    "SELECT s.id, s.uuid, s.period_id, p.name, s.title, s.held_on, s.start_time, s.end_time, s.venue,"
    "       s.speakers, s.organiser, s.notes, s.closed_at"
    "  FROM session s JOIN election_period p ON p.id = s.period_id"
    " WHERE s.voided_at IS NULL";

QVariant sqlTime(QTime time)
{
    return time.isValid() ? QVariant(time.toString(QStringLiteral("HH:mm"))) : QVariant(QMetaType(QMetaType::QString));
}

Session sessionFromQuery(const QSqlQuery& q)
{
    Session s;
    s.id = q.value(0).toLongLong();
    s.uuid = q.value(1).toString();
    s.periodId = q.value(2).toLongLong();
    s.periodName = q.value(3).toString();
    s.title = q.value(4).toString();
    s.date = dateFromSql(q.value(5));
    s.start = q.value(6).isNull() ? QTime() : QTime::fromString(q.value(6).toString(), QStringLiteral("HH:mm"));
    s.end = q.value(7).isNull() ? QTime() : QTime::fromString(q.value(7).toString(), QStringLiteral("HH:mm"));
    s.venue = q.value(8).toString();
    s.speakers = q.value(9).toString();
    s.organiser = q.value(10).toString();
    s.notes = q.value(11).toString();
    if (!q.value(12).isNull())
        s.closedAt = QDateTime::fromString(q.value(12).toString(), Qt::ISODate);
    return s;
}

// The columns from period_id to all_units, in the order INSERT and UPDATE list them.
void bindFields(QSqlQuery& q, const Session& s)
{
    q.addBindValue(s.periodId);
    q.addBindValue(s.title.simplified());
    q.addBindValue(sqlDate(s.date));
    q.addBindValue(sqlTime(s.start));
    q.addBindValue(sqlTime(s.end));
    q.addBindValue(sqlTextNotNull(s.venue.simplified()));
    q.addBindValue(sqlTextNotNull(s.speakers.simplified()));
    q.addBindValue(sqlTextNotNull(s.organiser.simplified()));
    q.addBindValue(sqlTextNotNull(s.notes.trimmed()));
    q.addBindValue(s.targetsAllUnits() ? 1 : 0);
}

} // namespace

Status SessionRepository::validate(const Session& session) const
{
    if (session.title.simplified().isEmpty())
        return Error::invalid(tr("A session needs a title."));
    if (!session.date.isValid())
        return Error::invalid(tr("A session needs a date."));
    if (session.start.isValid() && session.end.isValid() && session.end < session.start)
        return Error::invalid(tr("The session ends (%1) before it starts (%2).")
                                  .arg(session.end.toString(QStringLiteral("HH:mm")),
                                       session.start.toString(QStringLiteral("HH:mm"))));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT name, start_date, end_date FROM election_period WHERE id = ? AND voided_at IS NULL"));
    q.addBindValue(session.periodId);
    if (!q.exec())
        return Error::database(q.lastError().databaseText());
    if (!q.next())
        return Error::notFound(tr("A session needs an election period."));
    const QDate start = dateFromSql(q.value(1));
    const QDate end = dateFromSql(q.value(2));
    if (session.date < start || session.date > end)
        return Error::invalid(tr("%1 lies outside the period %2 (%3 to %4); widen the period first if the date is right.")
                                  .arg(session.date.toString(Qt::ISODate), q.value(0).toString(),
                                       start.toString(Qt::ISODate), end.toString(Qt::ISODate)));
    if (const auto ids = unitIds(session.targetUnitCodes); !ids)
        return ids.error();
    return {};
}

Result<Session> SessionRepository::add(const Session& draft)
{
    if (auto valid = validate(draft); !valid)
        return valid.error();
    const auto units = unitIds(draft.targetUnitCodes);
    if (!units)
        return units.error();
    Session stored = draft;
    stored.uuid = draft.uuid.isEmpty() ? Database::newUuid() : draft.uuid;
    const Status written = m_db.transaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("INSERT INTO session (uuid, period_id, title, held_on, start_time, end_time, venue,"
                                 " speakers, organiser, notes, all_units, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(stored.uuid);
        bindFields(q, stored);
        q.addBindValue(m_db.nowStamp());
        if (!q.exec())
            return Error::database(tr("Cannot store the session: %1").arg(q.lastError().databaseText()));
        stored.id = q.lastInsertId().toLongLong();
        return storeTargets(stored.id, *units);
    });
    if (!written)
        return written.error();
    return findById(stored.id);
}

Result<Session> SessionRepository::update(const Session& changed)
{
    if (auto valid = validate(changed); !valid)
        return valid.error();
    const auto units = unitIds(changed.targetUnitCodes);
    if (!units)
        return units.error();
    const Status written = m_db.transaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("UPDATE session SET period_id = ?, title = ?, held_on = ?, start_time = ?, end_time = ?,"
                                 " venue = ?, speakers = ?, organiser = ?, notes = ?, all_units = ?, updated_at = ?"
                                 " WHERE id = ? AND voided_at IS NULL"));
        bindFields(q, changed);
        q.addBindValue(m_db.nowStamp());
        q.addBindValue(changed.id);
        if (!q.exec())
            return Error::database(tr("Cannot store the session: %1").arg(q.lastError().databaseText()));
        if (q.numRowsAffected() != 1)
            return Error::notFound(tr("There is no session %1.").arg(changed.id));
        QSqlQuery clear(m_db.connection());
        clear.prepare(QStringLiteral("DELETE FROM session_unit WHERE session_id = ?"));
        clear.addBindValue(changed.id);
        if (!clear.exec())
            return Error::database(clear.lastError().databaseText());
        return storeTargets(changed.id, *units);
    });
    if (!written)
        return written.error();
    return findById(changed.id);
}

Result<Session> SessionRepository::findById(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QLatin1String(selectSessions) + QLatin1String(" AND s.id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return Error::database(q.lastError().databaseText());
    if (!q.next())
        return Error::notFound(tr("There is no session %1.").arg(id));
    QList<Session> found{sessionFromQuery(q)};
    if (auto loaded = loadTargets(found); !loaded)
        return loaded.error();
    return found.front();
}

Result<QList<Session>> SessionRepository::list(qint64 periodId) const
{
    QSqlQuery q(m_db.connection());
    QString sql = QLatin1String(selectSessions);
    if (periodId > 0)
        sql += QLatin1String(" AND s.period_id = ?");
    q.prepare(sql + QLatin1String(" ORDER BY s.held_on, coalesce(s.start_time, ''), s.id"));
    if (periodId > 0)
        q.addBindValue(periodId);
    if (!q.exec())
        return Error::database(tr("Cannot read the sessions: %1").arg(q.lastError().databaseText()));
    QList<Session> sessions;
    while (q.next())
        sessions.push_back(sessionFromQuery(q));
    if (auto loaded = loadTargets(sessions); !loaded)
        return loaded.error();
    return sessions;
}

Result<QList<qint64>> SessionRepository::targetUnitIds(qint64 sessionId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT unit_id FROM session_unit WHERE session_id = ? ORDER BY unit_id"));
    q.addBindValue(sessionId);
    if (!q.exec())
        return Error::database(q.lastError().databaseText());
    QList<qint64> ids;
    while (q.next())
        ids.push_back(q.value(0).toLongLong());
    return ids;
}

Result<QList<qint64>> SessionRepository::unitIds(const QStringList& codes) const
{
    QList<qint64> ids;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM work_unit WHERE code = ? AND voided_at IS NULL"));
    for (const QString& code : codes) {
        q.addBindValue(code.trimmed());
        if (!q.exec())
            return Error::database(q.lastError().databaseText());
        if (!q.next())
            return Error::notFound(tr("Unknown work unit code \"%1\".").arg(code.trimmed()));
        if (!ids.contains(q.value(0).toLongLong()))
            ids.push_back(q.value(0).toLongLong());
    }
    return ids;
}

Status SessionRepository::storeTargets(qint64 sessionId, const QList<qint64>& unitIds)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO session_unit (session_id, unit_id) VALUES (?, ?)"));
    for (const qint64 unitId : unitIds) {
        q.addBindValue(sessionId);
        q.addBindValue(unitId);
        if (!q.exec())
            return Error::database(q.lastError().databaseText());
    }
    return {};
}

Status SessionRepository::loadTargets(QList<Session>& sessions) const
{
    if (sessions.isEmpty())
        return {};
    QHash<qint64, qsizetype> index;
    for (qsizetype i = 0; i < sessions.size(); ++i)
        index.insert(sessions[i].id, i);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT su.session_id, u.code FROM session_unit su JOIN work_unit u ON u.id = su.unit_id"
                               " ORDER BY su.session_id, u.code")))
        return Error::database(q.lastError().databaseText());
    while (q.next()) {
        const auto found = index.constFind(q.value(0).toLongLong());
        if (found != index.constEnd())
            sessions[*found].targetUnitCodes.push_back(q.value(1).toString());
    }
    return {};
}

} // namespace netra
