// SPDX-License-Identifier: GPL-3.0-or-later
#include "SheetOutput.h"

#include "CsvWriter.h"
#include "XlsxSheetWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace netra {

struct SheetOutput::CsvFile {
    QString path;
    QSaveFile file;
    std::unique_ptr<CsvWriter> csv;

    explicit CsvFile(const QString& target) : path(target), file(target) {}
};

std::optional<SheetOutput::Format> SheetOutput::formatFromCode(const QString& code)
{
    const QString c = code.trimmed().toLower();
    if (c == QLatin1String("xlsx"))
        return Format::Xlsx;
    if (c == QLatin1String("csv"))
        return Format::Csv;
    return std::nullopt;
}

QString SheetOutput::csvPath(const QString& path, const QString& sheet)
{
    const QFileInfo info(path);
    const QString slug = sheet.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts).join(QLatin1Char('-'));
    const QString suffix = info.suffix().isEmpty() ? QString() : QLatin1Char('.') + info.suffix();
    return info.dir().filePath(info.completeBaseName() + QLatin1Char('-') + slug + suffix);
}

SheetOutput::SheetOutput(QString path, Format format) : m_path(std::move(path)), m_format(format) {}

SheetOutput::~SheetOutput() = default;

Result<std::unique_ptr<SheetOutput>> SheetOutput::create(const QString& path, Format format, const QString& xlsxLibrary)
{
    std::unique_ptr<SheetOutput> output(new SheetOutput(path, format));
    if (format == Format::Xlsx) {
        auto writer = XlsxSheetWriter::create(path, xlsxLibrary);
        if (!writer)
            return writer.error();
        output->m_xlsx = std::move(*writer);
    }
    return output;
}

Status SheetOutput::addSheet(const QString& name, const QStringList& columns)
{
    if (m_xlsx) {
        QList<XlsxSheetWriter::Column> sheetColumns;
        for (const QString& header : columns)
            sheetColumns.append({header, 0});
        return m_xlsx->addSheet(name, sheetColumns);
    }
    const QString target = m_csv.empty() ? m_path : csvPath(m_path, name);
    auto file = std::make_unique<CsvFile>(target);
    if (!file->file.open(QIODevice::WriteOnly))
        return Error::file(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(target), file->file.errorString()));
    file->csv = std::make_unique<CsvWriter>(&file->file);
    file->csv->writeHeader(columns);
    m_csv.push_back(std::move(file));
    return {};
}

Status SheetOutput::writeRow(const QList<SheetCell>& cells)
{
    if (m_xlsx)
        return m_xlsx->writeRow(cells);
    if (m_csv.empty())
        return Error::invalid(tr("A row was written before its sheet."));
    m_fields.clear();
    for (const SheetCell& cell : cells)
        m_fields.append(cell.plainText());
    m_csv.back()->csv->writeRow(m_fields);
    return {};
}

Status SheetOutput::finish()
{
    if (m_xlsx) {
        if (Status finished = m_xlsx->finish(); !finished)
            return finished;
        m_paths = {m_path};
        return {};
    }
    for (const auto& file : m_csv) {
        if (Status flushed = file->csv->finish(); !flushed)
            return flushed;
        file->csv.reset();
    }
    QStringList committed;
    for (const auto& file : m_csv) {
        if (!file->file.commit()) {
            const Error error = Error::file(
                tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(file->path), file->file.errorString()));
            for (const QString& done : std::as_const(committed))
                QFile::remove(done);
            return error;
        }
        committed << file->path;
    }
    m_paths = committed;
    return {};
}

} // namespace netra
