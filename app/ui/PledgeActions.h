// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ElectionPeriod.h"
#include "core/Pledge.h"
#include "core/Result.h"
#include "store/DocumentRepository.h"
#include "store/PledgeRepository.h"

#include <QCoreApplication>
#include <QList>

namespace netra {

class Database;

// What the Ikrar & Pakta page and its dialog write, each in one step: pledges with their
// evidence scan, evidence for pledges already recorded, and a stored scan as a file to view.
class PledgeActions {
    Q_DECLARE_TR_FUNCTIONS(PledgeActions)
public:
    // The GUI records pledges under the operating-system login (the CLI writes "netra-cli").
    static QString recorder();

    // Stores the scan at `evidencePath` (none when empty) and records the pledges with it, in
    // one transaction: a refusal of either leaves nothing behind, not even the scan.
    static Result<PledgeCounts> record(Database& db, const ElectionPeriod& period, PledgeDraft draft,
                                       const QList<qint64>& staffIds, const QString& evidencePath);
    // Stores the scan and ties it to these people's pledges of the kind, in one transaction.
    static Result<StoredDocument> attachEvidence(Database& db, const ElectionPeriod& period, PledgeKind kind,
                                                 const QList<qint64>& staffIds, const QString& path);
    // EvidenceViewer::copy, kept under the name the pledge code knows it by.
    static Result<QString> evidenceCopy(Database& db, const QString& sha256, const QString& folder);
};

} // namespace netra
