// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportOutput.h"

#include "io/ReportDocument.h"

#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>

namespace netra {

void ReportOutput::preview(QWidget* parent, const ReportDocument& document)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(document.pageLayout());
    printer.setDocName(document.title());
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setObjectName(QStringLiteral("reportPreview"));
    dialog.setWindowTitle(document.title());
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&document](QPrinter* target) { document.render(target); });
    dialog.exec();
}

bool ReportOutput::savePdf(QWidget* parent, const ReportDocument& document, const QString& suggestedName)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(parent, tr("Save as PDF"), QDir(folder).filePath(suggestedName),
                                                tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    if (const Status written = document.writePdf(path); !written) {
        QMessageBox::critical(parent, tr("Save as PDF"), written.error().message);
        return false;
    }
    return true;
}

} // namespace netra
