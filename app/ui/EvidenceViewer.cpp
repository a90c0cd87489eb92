// SPDX-License-Identifier: GPL-3.0-or-later
#include "EvidenceViewer.h"

#include "store/Database.h"
#include "store/DocumentRepository.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QMimeDatabase>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QUrl>

namespace netra {

EvidenceViewer::EvidenceViewer() = default;

EvidenceViewer::~EvidenceViewer() = default;

Result<QString> EvidenceViewer::copy(Database& db, const QString& sha256, const QString& folder)
{
    const DocumentRepository documents(db);
    const auto found = documents.findBySha256(sha256);
    if (!found)
        return found.error();
    QString suffix = QMimeDatabase().mimeTypeForName(found->mediaType).preferredSuffix();
    if (suffix.isEmpty())
        suffix = QStringLiteral("bin");
    const QString path = QDir(folder).filePath(found->sha256.left(kShortHash) + QLatin1Char('.') + suffix);
    // Named by content: a copy already there holds these bytes, perhaps open in a viewer.
    if (QFile::exists(path))
        return path;
    const auto content = documents.content(found->id);
    if (!content)
        return content.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*content) != content->size() || !file.commit())
        return Error::file(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return path;
}

void EvidenceViewer::view(Database& db, const QString& sha256, QWidget* parent, const QString& title)
{
    if (!m_folder) {
        m_folder = std::make_unique<QTemporaryDir>(QDir::temp().filePath(QStringLiteral("netra-evidence-XXXXXX")));
        if (!m_folder->isValid()) {
            QMessageBox::warning(parent, title, tr("Cannot make a folder for the copy: %1").arg(m_folder->errorString()));
            m_folder.reset();
            return;
        }
    }
    const auto path = copy(db, sha256, m_folder->path());
    if (!path) {
        QMessageBox::warning(parent, title, path.error().message);
        return;
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(*path)))
        QMessageBox::warning(parent, title, tr("No program to show %1 was found.").arg(QDir::toNativeSeparators(*path)));
}

} // namespace netra
