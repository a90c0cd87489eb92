// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace netra {

class ReportDocument;

// Where a printed document goes from the desktop: Qt's print preview (and from there any
// printer) or a PDF file. Every report of the app leaves through here.
class ReportOutput {
    Q_DECLARE_TR_FUNCTIONS(ReportOutput)
public:
    // Modal print preview on the document's own paper and margins.
    static void preview(QWidget* parent, const ReportDocument& document);
    // Asks for a file name (suggested in the documents folder) and writes the PDF; says why
    // when it cannot. True when written.
    static bool savePdf(QWidget* parent, const ReportDocument& document, const QString& suggestedName);
};

} // namespace netra
