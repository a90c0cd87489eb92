// SPDX-License-Identifier: GPL-3.0-or-later
#include "PledgeActions.h"

#include "EvidenceViewer.h"
#include "RecorderName.h"

#include "store/Database.h"

namespace netra {

QString PledgeActions::recorder()
{
    return recorderName();
}

Result<PledgeCounts> PledgeActions::record(Database& db, const ElectionPeriod& period, PledgeDraft draft,
                                           const QList<qint64>& staffIds, const QString& evidencePath)
{
    PledgeCounts counts;
    const Status written = db.transaction([&]() -> Status {
        if (!evidencePath.isEmpty()) {
            const auto stored = DocumentRepository(db).storeFile(evidencePath);
            if (!stored)
                return stored.error();
            draft.documentId = stored->id;
        }
        // record() joins this transaction, so its refusal takes the scan back with it.
        const auto recorded = PledgeRepository(db).record(period, draft, staffIds);
        if (!recorded)
            return recorded.error();
        if (draft.documentId && recorded->recorded == 0)
            // The scan would belong to nobody: record() leaves existing pledges as they were.
            return Error::invalid(tr("Everyone chosen had signed already, so the scan was not stored. "
                                     "Attach it to their pledges with Attach evidence."));
        counts = *recorded;
        return {};
    });
    if (!written)
        return written.error();
    return counts;
}

Result<StoredDocument> PledgeActions::attachEvidence(Database& db, const ElectionPeriod& period, PledgeKind kind,
                                                     const QList<qint64>& staffIds, const QString& path)
{
    std::optional<StoredDocument> document;
    const Status written = db.transaction([&]() -> Status {
        auto stored = DocumentRepository(db).storeFile(path);
        if (!stored)
            return stored.error();
        const auto attached = PledgeRepository(db).attach(period, kind, staffIds, stored->id);
        if (!attached)
            return attached.error();
        document = std::move(*stored);
        return {};
    });
    if (!written)
        return written.error();
    return *document;
}

Result<QString> PledgeActions::evidenceCopy(Database& db, const QString& sha256, const QString& folder)
{
    return EvidenceViewer::copy(db, sha256, folder);
}

} // namespace netra
