// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CaseStatus.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace netra {

// One step of a case's history: the status it led to, on which day, and what came with it.
struct CaseStep {
    qint64 id = 0;
    CaseStatus status = CaseStatus::Dilaporkan;
    QDate date;          // for a recommendation: the day it was received
    QString body;        // who examined or recommended (Bawaslu, BKN, ...)
    QString letterNo;    // the recommendation's letter or the sanction's decree (SK)
    QDate letterDate;
    QString sanctionCode; // proposed (recommendation) or imposed (sanction)
    QString mismatchReason; // why a sanction outside the kind's usual class
    QString note;
    QString recordedBy;
};

// A reported act of one person in an election period, with where it stands. The unit is
// the one the person belonged to on the day of the act.
struct ViolationCase {
    qint64 id = 0;
    QString uuid;
    qint64 staffId = 0;
    QString nip;
    QString name;
    QString unitCode;
    QString unitName;
    qint64 periodId = 0;
    QString periodName;
    QString kindCode;
    QDate actDate;
    QString sourceCode;
    QString externalNo;
    QString description;
    CaseStatus status = CaseStatus::Dilaporkan;
    QDate statusDate;
    QString recordedBy;
    QDate followUpDue; // the last day to act on a recommendation; invalid otherwise
    bool overdue = false;
    QList<CaseStep> steps; // filled when one case is read, oldest first
};

} // namespace netra
