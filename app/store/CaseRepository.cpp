// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseRepository.h"

#include "Database.h"
#include "SettingsRepository.h"
#include "SqlValues.h"

#include "core/StaffKind.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace netra {

namespace {

const char* const caseColumns =
    "c.id, c.uuid, c.staff_id, coalesce(s.nip, s.internal_id), s.name, coalesce(u.code, ''), coalesce(u.name, ''),"
    " c.period_id, p.name, c.kind_code, c.act_date, c.source_code, c.external_no, c.description, c.status,"
    " c.status_date, c.recorded_by";

// The unit of a case is the person's on the day of the act.
const char* const caseJoins =
    " FROM violation_case c JOIN staff s ON s.id = c.staff_id JOIN election_period p ON p.id = c.period_id"
    " LEFT JOIN assignment a ON a.staff_id = c.staff_id AND a.voided_at IS NULL AND a.start_date <= c.act_date"
    "      AND (a.end_date IS NULL OR a.end_date >= c.act_date)"
    " LEFT JOIN work_unit u ON u.id = a.unit_id";

ViolationCase caseFromQuery(const QSqlQuery& q)
{
    ViolationCase c;
    c.id = q.value(0).toLongLong();
    c.uuid = q.value(1).toString();
    c.staffId = q.value(2).toLongLong();
    c.nip = q.value(3).toString();
    c.name = q.value(4).toString();
    c.unitCode = q.value(5).toString();
    c.unitName = q.value(6).toString();
    c.periodId = q.value(7).toLongLong();
    c.periodName = q.value(8).toString();
    c.kindCode = q.value(9).toString();
    c.actDate = dateFromSql(q.value(10));
    c.sourceCode = q.value(11).toString();
    c.externalNo = q.value(12).toString();
    c.description = q.value(13).toString();
    c.status = CaseStatusText::fromCode(q.value(14).toString()).value_or(CaseStatus::Dilaporkan);
    c.statusDate = dateFromSql(q.value(15));
    c.recordedBy = q.value(16).toString();
    return c;
}

QString iso(QDate day)
{
    return day.toString(Qt::ISODate);
}

} // namespace

Result<CaseCatalog> CaseRepository::catalog() const
{
    CaseCatalog catalog;
    QSqlQuery q(m_db.connection());
    const auto failed = [&] { return Error::database(tr("Cannot read the case catalogue: %1").arg(q.lastError().databaseText())); };
    if (!q.exec(QStringLiteral("SELECT code, label, coalesce(sanction_class, '') FROM violation_kind ORDER BY sort_order")))
        return failed();
    while (q.next())
        catalog.kinds.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    if (!q.exec(QStringLiteral("SELECT code, label, sanction_class, applies_pns, applies_pppk FROM sanction_kind ORDER BY sort_order")))
        return failed();
    while (q.next())
        catalog.sanctions.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                     q.value(3).toInt() == 1, q.value(4).toInt() == 1});
    if (!q.exec(QStringLiteral("SELECT code, label FROM report_source ORDER BY sort_order")))
        return failed();
    while (q.next())
        catalog.sources.push_back({q.value(0).toString(), q.value(1).toString()});
    if (!q.exec(QStringLiteral("SELECT from_status, to_status FROM case_transition")))
        return failed();
    while (q.next()) {
        const auto from = CaseStatusText::fromCode(q.value(0).toString());
        const auto to = CaseStatusText::fromCode(q.value(1).toString());
        if (!from || !to)
            return Error::database(tr("The case workflow names an unknown status: %1 -> %2")
                                       .arg(q.value(0).toString(), q.value(1).toString()));
        catalog.transitions.push_back({*from, *to});
    }
    return catalog;
}

Result<qint64> CaseRepository::report(const CaseReport& report)
{
    const auto cat = catalog();
    if (!cat)
        return cat.error();
    if (!cat->kind(report.kindCode))
        return Error::invalid(tr("Unknown violation kind \"%1\"; see \"case kinds\".").arg(report.kindCode));
    if (!cat->source(report.sourceCode))
        return Error::invalid(tr("Unknown report source \"%1\"; one of: temuan_bawaslu, laporan_masyarakat, media,"
                                 " pengawasan_internal.")
                                  .arg(report.sourceCode));
    if (!report.actDate.isValid())
        return Error::invalid(tr("A case needs the date of the act."));
    if (report.actDate > m_db.clock().today())
        return Error::invalid(tr("The act's date %1 is in the future.").arg(iso(report.actDate)));
    QSqlQuery staff(m_db.connection());
    staff.prepare(QStringLiteral("SELECT 1 FROM staff WHERE id = ? AND voided_at IS NULL"));
    staff.addBindValue(report.staffId);
    if (!staff.exec())
        return Error::database(staff.lastError().databaseText());
    if (!staff.next())
        return Error::notFound(tr("No such staff member."));
    qint64 caseId = 0;
    const Status written = m_db.transaction([&]() -> Status {
        const QString now = m_db.nowStamp();
        const QString status = CaseStatusText::code(CaseStatus::Dilaporkan);
        QSqlQuery insert(m_db.connection());
        insert.prepare(QStringLiteral(
            "INSERT INTO violation_case (uuid, staff_id, period_id, kind_code, act_date, source_code, external_no,"
            " description, status, status_date, recorded_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const QVariant& v : {QVariant(Database::newUuid()), QVariant(report.staffId), QVariant(report.periodId),
                                  QVariant(report.kindCode.trimmed().toLower()), QVariant(iso(report.actDate)),
                                  QVariant(report.sourceCode.trimmed().toLower()), sqlTextNotNull(report.externalNo.simplified()),
                                  sqlTextNotNull(report.description.trimmed()), QVariant(status), QVariant(iso(report.actDate)),
                                  sqlTextNotNull(report.recordedBy), QVariant(now)})
            insert.addBindValue(v);
        if (!insert.exec())
            return Error::database(tr("Cannot record the case: %1").arg(insert.lastError().databaseText()));
        caseId = insert.lastInsertId().toLongLong();
        QSqlQuery step(m_db.connection());
        step.prepare(QStringLiteral("INSERT INTO case_step (uuid, case_id, status, step_date, note, recorded_by,"
                                    " recorded_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const QVariant& v : {QVariant(Database::newUuid()), QVariant(caseId), QVariant(status),
                                  QVariant(iso(report.actDate)), sqlTextNotNull(report.description.trimmed()),
                                  sqlTextNotNull(report.recordedBy), QVariant(now), QVariant(now)})
            step.addBindValue(v);
        if (!step.exec())
            return Error::database(tr("Cannot record the case: %1").arg(step.lastError().databaseText()));
        return {};
    });
    if (!written)
        return written.error();
    return caseId;
}

Result<QString> CaseRepository::move(qint64 caseId, const CaseMove& move)
{
    const auto cat = catalog();
    if (!cat)
        return cat.error();
    QSqlQuery current(m_db.connection());
    current.prepare(QStringLiteral("SELECT c.status, c.status_date, c.act_date, c.kind_code, s.kind FROM violation_case c"
                                   " JOIN staff s ON s.id = c.staff_id WHERE c.id = ? AND c.voided_at IS NULL"));
    current.addBindValue(caseId);
    if (!current.exec())
        return Error::database(current.lastError().databaseText());
    if (!current.next())
        return Error::notFound(tr("No case with id %1.").arg(caseId));
    const CaseStatus from = CaseStatusText::fromCode(current.value(0).toString()).value_or(CaseStatus::Dilaporkan);
    const QDate latest = dateFromSql(current.value(1));
    const QDate act = dateFromSql(current.value(2));
    const ViolationKind* kind = cat->kind(current.value(3).toString());
    const StaffKind staffKind = staffKindFromCode(current.value(4).toString()).value_or(StaffKind::Pns);
    current.finish();

    if (!cat->allows(from, move.to)) {
        QStringList next;
        for (const CaseStatus s : cat->nextSteps(from))
            next << CaseStatusText::code(s);
        return Error::invalid(next.isEmpty()
                                  ? tr("The case is %1, a final status; it cannot move to %2.")
                                        .arg(CaseStatusText::code(from), CaseStatusText::code(move.to))
                                  : tr("A case that is %1 cannot move to %2; it can move to: %3.")
                                        .arg(CaseStatusText::code(from), CaseStatusText::code(move.to),
                                             next.join(QStringLiteral(", "))));
    }
    const QDate today = m_db.clock().today();
    if (!move.date.isValid())
        return Error::invalid(tr("A step needs its date."));
    if (move.date < act)
        return Error::invalid(tr("%1 is before the act (%2).").arg(iso(move.date), iso(act)));
    if (move.date < latest)
        return Error::invalid(tr("%1 is before the case's latest step (%2).").arg(iso(move.date), iso(latest)));
    if (move.date > today)
        return Error::invalid(tr("%1 is in the future.").arg(iso(move.date)));
    if (move.letterDate.isValid() && (move.letterDate > today || move.letterDate < act))
        return Error::invalid(tr("The letter's date %1 is before the act or in the future.").arg(iso(move.letterDate)));

    QString warning;
    const QString sanctionCode = move.sanctionCode.trimmed().toLower();
    const bool carriesSanction = move.to == CaseStatus::Rekomendasi || move.to == CaseStatus::Sanksi;
    if (move.to == CaseStatus::Sanksi && sanctionCode.isEmpty())
        return Error::invalid(tr("Imposing a sanction needs the sanction imposed."));
    if (!sanctionCode.isEmpty()) {
        if (!carriesSanction)
            return Error::invalid(tr("Only a recommendation or an imposed sanction names a sanction."));
        const SanctionKind* sanction = cat->sanction(sanctionCode);
        if (!sanction)
            return Error::invalid(tr("Unknown sanction \"%1\".").arg(sanctionCode));
        QStringList misfits;
        if (kind && !CaseCatalog::sanctionFits(*kind, *sanction))
            misfits << tr("%1 is a %2 sanction; %3 usually draws a %4 one")
                           .arg(sanction->code, sanction->sanctionClass, kind->code, kind->sanctionClass);
        if (!CaseCatalog::sanctionAppliesTo(*sanction, staffKind))
            misfits << tr("%1 does not apply to %2 staff").arg(sanction->code, staffKindCode(staffKind));
        if (!misfits.isEmpty()) {
            if (move.reason.trimmed().isEmpty())
                return Error::invalid(tr("%1; give a reason to record it anyway.").arg(misfits.join(QStringLiteral("; "))));
            warning = tr("Recorded with the reason given: %1.").arg(misfits.join(QStringLiteral("; ")));
        }
    }

    const Status written = m_db.transaction([&]() -> Status {
        const QString now = m_db.nowStamp();
        const QString status = CaseStatusText::code(move.to);
        QSqlQuery step(m_db.connection());
        step.prepare(QStringLiteral(
            "INSERT INTO case_step (uuid, case_id, status, step_date, body, letter_no, letter_date, sanction_code,"
            " mismatch_reason, note, recorded_by, recorded_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const QVariant& v :
             {QVariant(Database::newUuid()), QVariant(caseId), QVariant(status), QVariant(iso(move.date)),
              sqlTextNotNull(move.body.simplified()), sqlTextNotNull(move.letterNo.simplified()), sqlDate(move.letterDate),
              sanctionCode.isEmpty() ? QVariant() : QVariant(sanctionCode),
              sqlTextNotNull(warning.isEmpty() ? QString() : move.reason.simplified()), sqlTextNotNull(move.note.trimmed()),
              sqlTextNotNull(move.recordedBy), QVariant(now), QVariant(now)})
            step.addBindValue(v);
        if (!step.exec())
            return Error::database(tr("Cannot record the step: %1").arg(step.lastError().databaseText()));
        QSqlQuery update(m_db.connection());
        update.prepare(QStringLiteral("UPDATE violation_case SET status = ?, status_date = ?, updated_at = ? WHERE id = ?"));
        update.addBindValue(status);
        update.addBindValue(iso(move.date));
        update.addBindValue(now);
        update.addBindValue(caseId);
        if (!update.exec())
            return Error::database(tr("Cannot record the step: %1").arg(update.lastError().databaseText()));
        return {};
    });
    if (!written)
        return written.error();
    return warning;
}

Status CaseRepository::attach(qint64 caseId, qint64 documentId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO case_document (case_id, document_id) SELECT id, ? FROM violation_case"
                             " WHERE id = ? AND voided_at IS NULL ON CONFLICT (case_id, document_id) DO NOTHING"));
    q.addBindValue(documentId);
    q.addBindValue(caseId);
    if (!q.exec())
        return Error::database(tr("Cannot attach the document: %1").arg(q.lastError().databaseText()));
    QSqlQuery check(m_db.connection());
    check.prepare(QStringLiteral("SELECT 1 FROM violation_case WHERE id = ? AND voided_at IS NULL"));
    check.addBindValue(caseId);
    if (!check.exec() || !check.next())
        return Error::notFound(tr("No case with id %1.").arg(caseId));
    return {};
}

Result<QList<ViolationCase>> CaseRepository::read(const QString& where, const QList<QVariant>& values) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + QLatin1String(caseColumns) + QLatin1String(caseJoins)
              + QStringLiteral(" WHERE c.voided_at IS NULL") + where + QStringLiteral(" ORDER BY c.act_date DESC, c.id DESC"));
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec())
        return Error::database(tr("Cannot read the cases: %1").arg(q.lastError().databaseText()));
    const FollowUpRule rule = SettingsRepository(m_db).followUpRule();
    const QDate today = m_db.clock().today();
    QList<ViolationCase> cases;
    while (q.next()) {
        ViolationCase c = caseFromQuery(q);
        if (c.status == CaseStatus::Rekomendasi) {
            c.followUpDue = rule.lastDay(c.statusDate);
            c.overdue = today > c.followUpDue;
        }
        cases.push_back(std::move(c));
    }
    return cases;
}

Result<ViolationCase> CaseRepository::find(qint64 caseId) const
{
    auto found = read(QStringLiteral(" AND c.id = ?"), {caseId});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::notFound(tr("No case with id %1.").arg(caseId));
    ViolationCase c = found->takeFirst();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, status, step_date, body, letter_no, letter_date, coalesce(sanction_code, ''),"
                             " mismatch_reason, note, recorded_by FROM case_step WHERE case_id = ? ORDER BY step_date, id"));
    q.addBindValue(caseId);
    if (!q.exec())
        return Error::database(tr("Cannot read the case's history: %1").arg(q.lastError().databaseText()));
    while (q.next()) {
        CaseStep step;
        step.id = q.value(0).toLongLong();
        step.status = CaseStatusText::fromCode(q.value(1).toString()).value_or(CaseStatus::Dilaporkan);
        step.date = dateFromSql(q.value(2));
        step.body = q.value(3).toString();
        step.letterNo = q.value(4).toString();
        step.letterDate = dateFromSql(q.value(5));
        step.sanctionCode = q.value(6).toString();
        step.mismatchReason = q.value(7).toString();
        step.note = q.value(8).toString();
        step.recordedBy = q.value(9).toString();
        c.steps.push_back(step);
    }
    return c;
}

Result<QList<ViolationCase>> CaseRepository::list(const CaseFilter& filter) const
{
    QString where;
    QList<QVariant> values;
    const auto add = [&](const char* term, const QVariant& value) {
        where += QLatin1String(term);
        values << value;
    };
    if (filter.periodId > 0)
        add(" AND c.period_id = ?", filter.periodId);
    if (filter.unitId > 0)
        add(" AND a.unit_id = ?", filter.unitId);
    if (filter.staffId > 0)
        add(" AND c.staff_id = ?", filter.staffId);
    if (filter.status)
        add(" AND c.status = ?", CaseStatusText::code(*filter.status));
    if (!filter.kindCode.isEmpty())
        add(" AND c.kind_code = ?", filter.kindCode.trimmed().toLower());
    if (filter.overdueOnly)
        add(" AND c.status = ?", CaseStatusText::code(CaseStatus::Rekomendasi));
    auto cases = read(where, values);
    if (!cases)
        return cases.error();
    if (filter.overdueOnly)
        cases->removeIf([](const ViolationCase& c) { return !c.overdue; });
    // Stable: within each group the order of the query (latest acts first) stays.
    std::stable_sort(cases->begin(), cases->end(), [](const ViolationCase& a, const ViolationCase& b) {
        if (a.overdue != b.overdue)
            return a.overdue;
        return a.overdue && a.followUpDue < b.followUpDue;
    });
    return cases;
}

Result<QList<CaseCount>> CaseRepository::counts(const QString& groupSql, const QString& joinSql, qint64 periodId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1, count(*),"
                             " sum(c.status IN ('dilaporkan', 'klarifikasi', 'rekomendasi')),"
                             " sum(c.status IN ('rekomendasi', 'sanksi'))")
                  .arg(groupSql)
              + QLatin1String(caseJoins) + joinSql
              + QStringLiteral(" WHERE c.voided_at IS NULL AND (? = 0 OR c.period_id = ?) GROUP BY 1, 2 ORDER BY 1"));
    q.addBindValue(periodId);
    q.addBindValue(periodId);
    if (!q.exec())
        return Error::database(tr("Cannot count the cases: %1").arg(q.lastError().databaseText()));
    QList<CaseCount> counts;
    while (q.next())
        counts.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toInt(),
                          q.value(4).toInt()});
    return counts;
}

Result<QList<CaseCount>> CaseRepository::countsByUnit(qint64 periodId) const
{
    return counts(QStringLiteral("coalesce(u.code, ''), coalesce(u.name, '')"), QString(), periodId);
}

Result<QList<CaseCount>> CaseRepository::countsByKind(qint64 periodId) const
{
    return counts(QStringLiteral("k.code, k.label"), QStringLiteral(" JOIN violation_kind k ON k.code = c.kind_code"),
                  periodId);
}

Result<QList<std::pair<QString, QString>>> CaseRepository::documents(qint64 caseId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT d.sha256, d.original_name FROM case_document cd JOIN document d ON d.id = cd.document_id"
                             " WHERE cd.case_id = ? ORDER BY d.id"));
    q.addBindValue(caseId);
    if (!q.exec())
        return Error::database(tr("Cannot read the case's documents: %1").arg(q.lastError().databaseText()));
    QList<std::pair<QString, QString>> list;
    while (q.next())
        list.push_back({q.value(0).toString(), q.value(1).toString()});
    return list;
}

} // namespace netra
