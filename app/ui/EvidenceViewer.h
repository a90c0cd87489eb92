// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class QTemporaryDir;
class QWidget;

namespace netra {

class Database;

// Shows a stored evidence scan (a pledge's or a case's) in the system's viewer: the bytes are
// written to a private temporary folder, named so that the viewer knows the format. The
// copies go when the viewer object does.
class EvidenceViewer {
    Q_DECLARE_TR_FUNCTIONS(EvidenceViewer)
public:
    static constexpr int kShortHash = 12; // hex digits of the SHA-256 in a copy's file name

    EvidenceViewer();
    ~EvidenceViewer();

    // Writes the stored document with this SHA-256 into `folder`, named by its hash with the
    // extension of its media type; returns the file's path.
    static Result<QString> copy(Database& db, const QString& sha256, const QString& folder);
    // Opens the document; a problem is shown in a message box over `parent`, titled `title`.
    void view(Database& db, const QString& sha256, QWidget* parent, const QString& title);

private:
    std::unique_ptr<QTemporaryDir> m_folder;
};

} // namespace netra
