// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseActions.h"

#include "store/CaseRepository.h"
#include "store/Database.h"

#include <optional>

namespace netra {

Result<StoredDocument> CaseActions::attachEvidence(Database& db, qint64 caseId, const QString& path)
{
    std::optional<StoredDocument> document;
    const Status written = db.transaction([&]() -> Status {
        auto stored = DocumentRepository(db).storeFile(path);
        if (!stored)
            return stored.error();
        // attach() runs inside this transaction, so a case gone meanwhile takes the scan back.
        if (const Status attached = CaseRepository(db).attach(caseId, stored->id); !attached)
            return attached.error();
        document = std::move(*stored);
        return {};
    });
    if (!written)
        return written.error();
    return *document;
}

} // namespace netra
