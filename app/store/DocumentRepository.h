// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace netra {

class Database;

// A stored evidence document, without its bytes.
struct StoredDocument {
    qint64 id = 0;
    QString sha256;
    QString mediaType;
    qint64 size = 0;
    QString originalName;
};

// Evidence scans kept inside the database, once per content (SHA-256).
class DocumentRepository {
    Q_DECLARE_TR_FUNCTIONS(DocumentRepository)
public:
    explicit DocumentRepository(Database& db) : m_db(db) {}

    // Checks the content (EvidenceFile), then stores it unless the same bytes are stored
    // already; either way returns the stored document.
    Result<StoredDocument> store(const QByteArray& content, const QString& originalName);
    // Reads and stores a file; a file that cannot be read is a File error.
    Result<StoredDocument> storeFile(const QString& path);
    Result<StoredDocument> findBySha256(const QString& sha256) const;
    Result<QByteArray> content(qint64 documentId) const;

private:
    Database& m_db;
};

} // namespace netra
