// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "store/DocumentRepository.h"

namespace netra {

class Database;

// What the Pelanggaran page writes in more than one store call, each in one transaction.
class CaseActions {
public:
    // Stores the scan and ties it to the case; a refusal of either leaves no scan behind.
    static Result<StoredDocument> attachEvidence(Database& db, qint64 caseId, const QString& path);
};

} // namespace netra
