// SPDX-License-Identifier: GPL-3.0-or-later
#include "StaffMatchRepository.h"

#include "Database.h"
#include "StaffSearchIndex.h"

#include <QSqlError>
#include <QSqlQuery>

namespace netra {

using namespace Qt::StringLiterals;

namespace {

// Wraps a query whose rows are s.id of the people found (`found`, bound values :day and
// whatever it uses) into the candidate columns: the unit each belonged to on :day.
QString candidateSql(const QString& found)
{
    return QStringLiteral(
               "SELECT x.id, x.name, x.name_key, x.nip, coalesce(u.id, 0), coalesce(u.code, ''), coalesce(u.name, '')"
               "  FROM (SELECT s.id, s.name, s.name_key, coalesce(s.nip, s.internal_id, '') AS nip,"
               "               (SELECT a.unit_id FROM assignment a WHERE a.staff_id = s.id AND a.voided_at IS NULL"
               "                   AND a.start_date <= :day AND (a.end_date IS NULL OR a.end_date >= :day)"
               "                 ORDER BY a.start_date DESC LIMIT 1) AS unit_id"
               "          FROM %1) x"
               "  LEFT JOIN work_unit u ON u.id = x.unit_id")
        .arg(found);
}

const char* const activeOnDay = "s.voided_at IS NULL AND (s.inactive_from IS NULL OR s.inactive_from > :day)";

QString ftsPhrase(const QString& fragment)
{
    QString quoted = fragment;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

StaffMatchRepository::StaffMatchRepository(Database& db)
    : m_db(db)
{
}

StaffMatchRepository::~StaffMatchRepository() = default;

Result<QList<StaffCandidate>> StaffMatchRepository::collect(QSqlQuery& q) const
{
    if (!q.exec())
        return Error::database(tr("Cannot look up staff by name: %1").arg(q.lastError().databaseText()));
    QList<StaffCandidate> found;
    while (q.next()) {
        StaffCandidate c;
        c.staffId = q.value(0).toLongLong();
        c.name = q.value(1).toString();
        c.nameKey = q.value(2).toString();
        c.nip = q.value(3).toString();
        c.unitId = q.value(4).toLongLong();
        c.unitCode = q.value(5).toString();
        c.unitName = q.value(6).toString();
        found.push_back(std::move(c));
    }
    q.finish();
    return found;
}

Result<QList<StaffCandidate>> StaffMatchRepository::withNameKey(const QString& key, QDate day, int limit) const
{
    if (!m_byKey) {
        auto q = std::make_unique<QSqlQuery>(m_db.connection());
        q->setForwardOnly(true);
        // The partial index staff_roster_name holds exactly the rows in use, by name key.
        const QString found = QStringLiteral("staff s INDEXED BY staff_roster_name WHERE s.name_key = :key AND %1"
                                             " ORDER BY s.id LIMIT :limit")
                                  .arg(QLatin1String(activeOnDay));
        if (!q->prepare(candidateSql(found)))
            return Error::database(tr("Cannot look up staff by name: %1").arg(q->lastError().databaseText()));
        m_byKey = std::move(q);
    }
    m_byKey->bindValue(QStringLiteral(":key"), key);
    m_byKey->bindValue(QStringLiteral(":day"), day.toString(Qt::ISODate));
    m_byKey->bindValue(QStringLiteral(":limit"), limit);
    return collect(*m_byKey);
}

Result<QList<StaffCandidate>> StaffMatchRepository::invitedWithNameKey(const QString& key, const Session& session,
                                                                       int limit) const
{
    if (!m_invitedByKey) {
        auto q = std::make_unique<QSqlQuery>(m_db.connection());
        q->setForwardOnly(true);
        const QString found = QStringLiteral(
                                  "staff s INDEXED BY staff_roster_name WHERE s.name_key = :key AND %1"
                                  "   AND EXISTS (SELECT 1 FROM assignment i WHERE i.staff_id = s.id AND i.voided_at IS NULL"
                                  "       AND i.start_date <= :day AND (i.end_date IS NULL OR i.end_date >= :day)"
                                  "       AND (:all = 1 OR i.unit_id IN (SELECT unit_id FROM session_unit WHERE session_id = :session)))"
                                  " ORDER BY s.id LIMIT :limit")
                                  .arg(QLatin1String(activeOnDay));
        if (!q->prepare(candidateSql(found)))
            return Error::database(tr("Cannot look up staff by name: %1").arg(q->lastError().databaseText()));
        m_invitedByKey = std::move(q);
    }
    m_invitedByKey->bindValue(QStringLiteral(":key"), key);
    m_invitedByKey->bindValue(QStringLiteral(":day"), session.date.toString(Qt::ISODate));
    m_invitedByKey->bindValue(QStringLiteral(":all"), session.targetsAllUnits() ? 1 : 0);
    m_invitedByKey->bindValue(QStringLiteral(":session"), session.id);
    m_invitedByKey->bindValue(QStringLiteral(":limit"), limit);
    auto found = collect(*m_invitedByKey);
    if (found)
        for (StaffCandidate& c : *found)
            c.invited = true;
    return found;
}

Result<QList<StaffCandidate>> StaffMatchRepository::withFragments(const QStringList& fragments, QDate day,
                                                                  int limit) const
{
    QStringList phrases;
    for (const QString& fragment : fragments)
        if (fragment.size() >= 3)
            phrases << ftsPhrase(fragment);
    if (phrases.isEmpty())
        return QList<StaffCandidate>();
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // The trigram index drives the loop, so LIMIT stops it early however common the words.
    // Its rowid carries a name bucket above the staff id (schema v10).
    const QString found = QStringLiteral("staff_search f JOIN staff s ON s.id = %1"
                                         " WHERE f.staff_search MATCH :match AND %2 LIMIT :limit")
                              .arg(StaffSearchIndex::staffIdSql(u"f.rowid"_s), QLatin1String(activeOnDay));
    if (!q.prepare(candidateSql(found)))
        return Error::database(tr("Cannot look up staff by name: %1").arg(q.lastError().databaseText()));
    q.bindValue(QStringLiteral(":match"), phrases.join(QStringLiteral(" AND ")));
    q.bindValue(QStringLiteral(":day"), day.toString(Qt::ISODate));
    q.bindValue(QStringLiteral(":limit"), limit);
    return collect(q);
}

} // namespace netra
