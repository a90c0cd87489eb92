// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportTarget.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>

namespace netra {

namespace {

const QString& lastFolderKey()
{
    static const QString key = QStringLiteral("export/lastFolder");
    return key;
}

} // namespace

std::optional<ExportTarget> ExportTarget::ask(QWidget* parent, const QString& title, const QString& suggestedName)
{
    QSettings settings;
    QString folder = settings.value(lastFolderKey()).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString xlsxFilter = tr("Excel workbook (*.xlsx)");
    const QString csvFilter = tr("CSV file (*.csv)");
    QString chosenFilter = xlsxFilter;
    QString path = QFileDialog::getSaveFileName(parent, title,
                                                QDir(folder).filePath(suggestedName + QStringLiteral(".xlsx")),
                                                xlsxFilter + QStringLiteral(";;") + csvFilter, &chosenFilter);
    if (path.isEmpty())
        return std::nullopt;

    // The suffix typed wins over the filter; without one, the filter's is added.
    ExportTarget target;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        target.format = SheetOutput::Format::Csv;
    else if (suffix == QLatin1String("xlsx"))
        target.format = SheetOutput::Format::Xlsx;
    else {
        target.format = chosenFilter == csvFilter ? SheetOutput::Format::Csv : SheetOutput::Format::Xlsx;
        path += target.format == SheetOutput::Format::Csv ? QStringLiteral(".csv") : QStringLiteral(".xlsx");
    }
    target.path = path;
    settings.setValue(lastFolderKey(), QFileInfo(path).absolutePath());
    return target;
}

QStringList ExportTarget::files(const QStringList& sheetNames) const
{
    if (format == SheetOutput::Format::Xlsx || sheetNames.size() <= 1)
        return {QDir::toNativeSeparators(path)};
    QStringList files{QDir::toNativeSeparators(path)};
    for (qsizetype i = 1; i < sheetNames.size(); ++i)
        files << QDir::toNativeSeparators(SheetOutput::csvPath(path, sheetNames.at(i)));
    return files;
}

void ExportTarget::tell(QWidget* parent, const QString& title, const Result<qint64>& rows,
                        const QStringList& sheetNames) const
{
    if (!rows) {
        if (rows.error().kind != ErrorKind::Cancelled)
            QMessageBox::warning(parent, title, rows.error().message);
        return;
    }
    QMessageBox::information(parent, title,
                             tr("%n row(s) saved to %1.", nullptr, int(*rows)).arg(files(sheetNames).join(QStringLiteral(", "))));
}

} // namespace netra
