// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace netra {

// A scan kept as evidence: a PDF, JPEG or PNG, told by its first bytes (a renamed .docx is
// not a PDF), at most 20 MB.
class EvidenceFile {
    Q_DECLARE_TR_FUNCTIONS(EvidenceFile)
public:
    static constexpr qint64 kMaxBytes = 20 * 1024 * 1024;

    // "application/pdf", "image/jpeg" or "image/png"; an Invalid error saying why not.
    static Result<QString> mediaType(const QByteArray& content);
    static QString sha256(const QByteArray& content); // lower-case hex
};

} // namespace netra
