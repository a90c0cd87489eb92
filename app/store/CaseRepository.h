// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/CaseCatalog.h"
#include "core/FollowUpRule.h"
#include "core/Result.h"
#include "core/ViolationCase.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace netra {

class Database;

// A new case as reported: it starts "dilaporkan" on the day of the act.
struct CaseReport {
    qint64 staffId = 0;
    qint64 periodId = 0;
    QString kindCode;
    QDate actDate;
    QString sourceCode;
    QString externalNo;
    QString description;
    QString recordedBy;
};

// A step to record: where the case goes, on which day, and what the step carries.
struct CaseMove {
    CaseStatus to = CaseStatus::Klarifikasi;
    QDate date;
    QString body;
    QString letterNo;
    QDate letterDate;
    QString sanctionCode;
    QString reason; // accepts a sanction outside the kind's class or not for the staff's kind
    QString note;
    QString recordedBy;
};

struct CaseFilter {
    qint64 periodId = 0; // 0: every period
    qint64 unitId = 0;   // the unit on the day of the act; 0: every unit
    qint64 staffId = 0;  // one person's history; 0: everyone
    std::optional<CaseStatus> status;
    QString kindCode;
    bool overdueOnly = false;
};

// Cases per unit or per kind: all, still open, proven (DOMAIN.md §11, by current status).
struct CaseCount {
    QString code;
    QString name;
    int total = 0;
    int open = 0;
    int proven = 0;
};

// Violation cases and their history. Every write checks against the reference catalogue
// and the workflow's steps, and is refused as a whole: a refused move leaves the case as it
// was.
class CaseRepository {
    Q_DECLARE_TR_FUNCTIONS(CaseRepository)
public:
    explicit CaseRepository(Database& db) : m_db(db) {}

    Result<CaseCatalog> catalog() const;

    Result<qint64> report(const CaseReport& report);
    // The step is allowed by the workflow, dated on or after the case's latest step and not
    // in the future; a sanction is named for "sanksi", known, and fits the kind and the
    // person (or comes with a reason, and the returned warning says what was accepted).
    Result<QString> move(qint64 caseId, const CaseMove& move);
    Status attach(qint64 caseId, qint64 documentId);

    // With steps and the follow-up due date as of today.
    Result<ViolationCase> find(qint64 caseId) const;
    // Overdue first (oldest due date first), then the latest acts; overdue as of today.
    Result<QList<ViolationCase>> list(const CaseFilter& filter) const;
    Result<QList<CaseCount>> countsByUnit(qint64 periodId) const;
    Result<QList<CaseCount>> countsByKind(qint64 periodId) const;
    // SHA-256 and original name of the documents attached to a case.
    Result<QList<std::pair<QString, QString>>> documents(qint64 caseId) const;

private:
    Result<QList<ViolationCase>> read(const QString& where, const QList<QVariant>& values) const;
    Result<QList<CaseCount>> counts(const QString& groupSql, const QString& joinSql, qint64 periodId) const;

    Database& m_db;
};

} // namespace netra
