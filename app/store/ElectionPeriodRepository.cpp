// SPDX-License-Identifier: GPL-3.0-or-later
#include "ElectionPeriodRepository.h"

#include "Database.h"
#include "SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>

namespace netra {

namespace {

const char* const selectPeriods =
    "SELECT id, uuid, name, kind, start_date, voting_day, end_date FROM election_period WHERE voided_at IS NULL";

ElectionPeriod periodFromQuery(const QSqlQuery& q)
{
    ElectionPeriod p;
    p.id = q.value(0).toLongLong();
    p.uuid = q.value(1).toString();
    p.name = q.value(2).toString();
    p.kind = electionKindFromCode(q.value(3).toString()).value_or(ElectionKind::Pemilu);
    p.start = dateFromSql(q.value(4));
    p.votingDay = dateFromSql(q.value(5));
    p.end = dateFromSql(q.value(6));
    return p;
}

} // namespace

Result<QList<ElectionPeriod>> ElectionPeriodRepository::list() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QLatin1String(selectPeriods) + QLatin1String(" ORDER BY start_date, name")))
        return Error::database(tr("Cannot read the election periods: %1").arg(q.lastError().databaseText()));
    QList<ElectionPeriod> periods;
    while (q.next())
        periods.push_back(periodFromQuery(q));
    return periods;
}

Result<ElectionPeriod> ElectionPeriodRepository::findByName(const QString& name) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QLatin1String(selectPeriods) + QLatin1String(" AND name = ?"));
    q.addBindValue(name.simplified());
    if (!q.exec())
        return Error::database(q.lastError().databaseText());
    if (!q.next())
        return Error::notFound(tr("Unknown election period \"%1\".").arg(name));
    return periodFromQuery(q);
}

Status ElectionPeriodRepository::validate(const ElectionPeriod& period)
{
    if (period.name.simplified().isEmpty())
        return Error::invalid(tr("An election period needs a name."));
    if (!period.start.isValid() || !period.votingDay.isValid() || !period.end.isValid())
        return Error::invalid(tr("An election period needs a start, a voting day and an end."));
    if (period.start > period.votingDay)
        return Error::invalid(tr("The period starts after its voting day."));
    if (period.votingDay > period.end)
        return Error::invalid(tr("The period ends before its voting day."));
    return {};
}

Result<qint64> ElectionPeriodRepository::add(const ElectionPeriod& period)
{
    if (auto valid = validate(period); !valid)
        return valid.error();
    if (findByName(period.name))
        return Error::conflict(tr("An election period named \"%1\" already exists.").arg(period.name.simplified()));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO election_period (uuid, name, kind, start_date, voting_day, end_date, updated_at)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(period.uuid.isEmpty() ? Database::newUuid() : period.uuid);
    q.addBindValue(period.name.simplified());
    q.addBindValue(electionKindCode(period.kind));
    q.addBindValue(sqlDate(period.start));
    q.addBindValue(sqlDate(period.votingDay));
    q.addBindValue(sqlDate(period.end));
    q.addBindValue(m_db.nowStamp());
    if (!q.exec())
        return Error::database(tr("Cannot add the period: %1").arg(q.lastError().databaseText()));
    return q.lastInsertId().toLongLong();
}

Status ElectionPeriodRepository::setDates(const QString& name, std::optional<QDate> start, std::optional<QDate> end)
{
    auto period = findByName(name);
    if (!period)
        return period.error();
    if (start)
        period->start = *start;
    if (end)
        period->end = *end;
    if (auto valid = validate(*period); !valid)
        return valid;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE election_period SET start_date = ?, end_date = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(sqlDate(period->start));
    q.addBindValue(sqlDate(period->end));
    q.addBindValue(m_db.nowStamp());
    q.addBindValue(period->id);
    if (!q.exec())
        return Error::database(tr("Cannot change the period: %1").arg(q.lastError().databaseText()));
    return {};
}

} // namespace netra
