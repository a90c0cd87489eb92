// SPDX-License-Identifier: GPL-3.0-or-later
#include "DocumentRepository.h"

#include "Database.h"

#include "core/EvidenceFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace netra {

Result<StoredDocument> DocumentRepository::store(const QByteArray& content, const QString& originalName)
{
    const auto mediaType = EvidenceFile::mediaType(content);
    if (!mediaType)
        return mediaType.error();
    const QString sha = EvidenceFile::sha256(content);
    if (auto existing = findBySha256(sha); existing || existing.error().kind != ErrorKind::NotFound)
        return existing;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO document (uuid, sha256, media_type, size, original_name, content, created_at,"
                             " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    const QString now = m_db.nowStamp();
    q.addBindValue(Database::newUuid());
    q.addBindValue(sha);
    q.addBindValue(*mediaType);
    q.addBindValue(qint64(content.size()));
    q.addBindValue(originalName.isNull() ? QStringLiteral("") : originalName);
    q.addBindValue(content);
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec())
        return Error::database(tr("Cannot store the document: %1").arg(q.lastError().databaseText()));
    return StoredDocument{q.lastInsertId().toLongLong(), sha, *mediaType, content.size(), originalName};
}

Result<StoredDocument> DocumentRepository::storeFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::file(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    // Read one byte past the limit: enough to refuse a large file without loading all of it.
    const QByteArray content = file.read(EvidenceFile::kMaxBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return Error::file(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return store(content, QFileInfo(path).fileName());
}

Result<StoredDocument> DocumentRepository::findBySha256(const QString& sha256) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, sha256, media_type, size, original_name FROM document WHERE sha256 = ?"));
    q.addBindValue(sha256.trimmed().toLower());
    if (!q.exec())
        return Error::database(q.lastError().databaseText());
    if (!q.next())
        return Error::notFound(tr("No document with SHA-256 %1.").arg(sha256));
    return StoredDocument{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong(),
                          q.value(4).toString()};
}

Result<QByteArray> DocumentRepository::content(qint64 documentId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT content FROM document WHERE id = ?"));
    q.addBindValue(documentId);
    if (!q.exec())
        return Error::database(q.lastError().databaseText());
    if (!q.next())
        return Error::notFound(tr("No document %1.").arg(documentId));
    return q.value(0).toByteArray();
}

} // namespace netra
