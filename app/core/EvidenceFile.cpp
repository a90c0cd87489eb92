// SPDX-License-Identifier: GPL-3.0-or-later
#include "EvidenceFile.h"

#include <QCryptographicHash>

namespace netra {

Result<QString> EvidenceFile::mediaType(const QByteArray& content)
{
    if (content.isEmpty())
        return Error::invalid(tr("The file is empty."));
    if (content.size() > kMaxBytes)
        return Error::invalid(tr("The file is %1 MB; evidence may be at most 20 MB.")
                                  .arg(double(content.size()) / (1024 * 1024), 0, 'f', 1));
    if (content.startsWith("%PDF-"))
        return QStringLiteral("application/pdf");
    if (content.startsWith("\xFF\xD8\xFF"))
        return QStringLiteral("image/jpeg");
    if (content.startsWith("\x89PNG\r\n\x1A\n"))
        return QStringLiteral("image/png");
    return Error::invalid(tr("The file is not a PDF, JPEG or PNG scan."));
}

QString EvidenceFile::sha256(const QByteArray& content)
{
    return QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

} // namespace netra
