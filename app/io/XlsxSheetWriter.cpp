// SPDX-License-Identifier: GPL-3.0-or-later
#include "XlsxSheetWriter.h"

#include "TableOutput.h"
#include "TextSheetWriter.h"
#include "XlsxLibrary.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

#include <cmath>
#include <filesystem>
#include <system_error>
#include <utility>

namespace netra {

namespace {

// 2^53: larger integers would lose digits as a spreadsheet's numbers (doubles).
constexpr qint64 kMaxExactInteger = qint64(1) << 53;

std::filesystem::path nativePath(const QString& path)
{
    return std::filesystem::path(QFile::encodeName(path).toStdString());
}

} // namespace

XlsxSheetWriter::XlsxSheetWriter(std::shared_ptr<const XlsxLibrary> library, QString path, QString partial)
    : m_library(std::move(library))
    , m_path(std::move(path))
    , m_partial(std::move(partial))
{
}

XlsxSheetWriter::~XlsxSheetWriter()
{
    if (m_workbook) {
        close();
        removePartial();
    }
}

Result<std::unique_ptr<XlsxSheetWriter>> XlsxSheetWriter::create(const QString& path, const QString& library)
{
    const auto loaded = XlsxLibrary::load(library);
    if (!loaded)
        return loaded.error();
    const QFileInfo target(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (!QFileInfo(target.absolutePath()).isDir())
        return Error::file(tr("Cannot write %1: the folder %2 does not exist.")
                               .arg(shown, QDir::toNativeSeparators(target.absolutePath())));
    if (target.isDir())
        return Error::file(tr("Cannot write %1: it is a folder.").arg(shown));

    // Created here, not by libxlsxwriter at the end, so that an unwritable folder is known
    // before a million rows are written.
    const QString partial = target.absoluteFilePath() + QStringLiteral(".part-")
        + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
    QFile file(partial);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return Error::file(tr("Cannot write %1: %2").arg(shown, file.errorString()));
    file.close();

    std::unique_ptr<XlsxSheetWriter> writer(new XlsxSheetWriter(*loaded, target.absoluteFilePath(), partial));
    if (Status started = writer->start(); !started)
        return started.error();
    return writer;
}

Status XlsxSheetWriter::start()
{
    const XlsxLibrary& lib = *m_library;
    // The rows wait in a temporary file per sheet until the workbook is zipped; glibc's
    // tmpfile() would put it in /tmp whatever TMPDIR says.
    m_tmpdir = QFile::encodeName(QDir::tempPath());
    lxw_workbook_options options = {};
    options.constant_memory = LXW_TRUE;
    options.tmpdir = m_tmpdir.data();
    m_workbook = lib.workbook_new_opt(QFile::encodeName(m_partial).constData(), &options);
    if (!m_workbook) {
        removePartial();
        return fileError(lib.reason(LXW_ERROR_MEMORY_MALLOC_FAILED));
    }
    m_bold = lib.workbook_add_format(m_workbook);
    m_text = lib.workbook_add_format(m_workbook);
    m_integer = lib.workbook_add_format(m_workbook);
    m_percent = lib.workbook_add_format(m_workbook);
    m_date = lib.workbook_add_format(m_workbook);
    if (!m_bold || !m_text || !m_integer || !m_percent || !m_date)
        return fileError(lib.reason(LXW_ERROR_MEMORY_MALLOC_FAILED));
    lib.format_set_bold(m_bold);
    lib.format_set_num_format(m_text, "@");
    lib.format_set_num_format(m_integer, "0");
    // Number format codes are stored in Excel's neutral notation; each program shows them
    // with the reader's decimal comma or point.
    lib.format_set_num_format(m_percent, "0.0%");
    lib.format_set_num_format(m_date, "dd/mm/yyyy");
    return {};
}

Status XlsxSheetWriter::addSheet(const QString& name, const QList<Column>& columns)
{
    Q_ASSERT(m_workbook);
    const XlsxLibrary& lib = *m_library;
    endSheet();
    const QByteArray utf8 = name.toUtf8();
    if (const lxw_error invalid = lib.workbook_validate_sheet_name(m_workbook, utf8.constData()); invalid != LXW_NO_ERROR)
        return Error::invalid(tr("\"%1\" cannot name a sheet: %2").arg(name, lib.reason(invalid)));
    if (columns.isEmpty() || columns.size() > LXW_COL_MAX)
        return Error::invalid(tr("A sheet has 1 to %L1 columns, not %L2.").arg(LXW_COL_MAX).arg(columns.size()));
    m_sheet = lib.workbook_add_worksheet(m_workbook, utf8.constData());
    if (!m_sheet)
        return fileError(tr("cannot start the sheet %1 (is the temporary folder %2 writable?)")
                             .arg(name, QDir::toNativeSeparators(QDir::tempPath())));
    m_sheetName = name;
    m_columns = columns;
    m_widths.fill(0, columns.size());
    lib.worksheet_freeze_panes(m_sheet, 1, 0);
    for (int c = 0; c < columns.size(); ++c) {
        const QByteArray header = columns.at(c).header.toUtf8();
        if (const lxw_error failed = lib.worksheet_write_string(m_sheet, 0, lxw_col_t(c), header.constData(), m_bold);
            failed != LXW_NO_ERROR)
            return fileError(lib.reason(failed));
        // Room for the autofilter's drop-down button too.
        widen(c, TableOutput::displayWidth(columns.at(c).header) + 3);
    }
    m_row = 1;
    return {};
}

Status XlsxSheetWriter::writeRow(const QList<SheetCell>& cells)
{
    Q_ASSERT(m_sheet);
    if (m_row >= kMaxRows)
        return Error::invalid(tr("The sheet %1 is full: a worksheet holds at most %L2 rows.").arg(m_sheetName).arg(kMaxRows));
    const qsizetype count = qMin(cells.size(), m_columns.size());
    for (int c = 0; c < count; ++c) {
        if (const int failed = writeCell(c, cells.at(c)); failed != LXW_NO_ERROR)
            return fileError(tr("cell %1 of the sheet %2: %3")
                                 .arg(TextSheetWriter::columnLetters(c) + QString::number(m_row + 1), m_sheetName,
                                      m_library->reason(lxw_error(failed))));
    }
    ++m_row;
    return {};
}

int XlsxSheetWriter::writeCell(int column, const SheetCell& cell)
{
    const XlsxLibrary& lib = *m_library;
    const auto row = lxw_row_t(m_row);
    const auto col = lxw_col_t(column);
    const auto text = [&](const QString& value) {
        // Measured only when longer than the column so far: cheap on a million rows, and it
        // can under-size only a column of wide (CJK) characters, which a roster does not hold.
        if (value.size() > m_widths.at(column))
            widen(column, TableOutput::displayWidth(value));
        return lib.worksheet_write_string(m_sheet, row, col, value.toUtf8().constData(), m_text);
    };
    switch (cell.type) {
    case SheetCell::Type::Empty:
        return LXW_NO_ERROR;
    case SheetCell::Type::Text:
        return cell.text.isEmpty() ? LXW_NO_ERROR : text(cell.text);
    case SheetCell::Type::Number:
        if (!std::isfinite(cell.number))
            return LXW_NO_ERROR;
        widen(column, qMin<qsizetype>(cell.plainText().size(), 12));
        return lib.worksheet_write_number(m_sheet, row, col, cell.number, nullptr);
    case SheetCell::Type::Integer:
        if (cell.integer > kMaxExactInteger || cell.integer < -kMaxExactInteger)
            return text(cell.plainText());
        widen(column, cell.plainText().size());
        return lib.worksheet_write_number(m_sheet, row, col, double(cell.integer), m_integer);
    case SheetCell::Type::Percent:
        if (!std::isfinite(cell.number))
            return LXW_NO_ERROR;
        widen(column, QString::number(cell.number, 'f', 1).size() + 1);
        return lib.worksheet_write_number(m_sheet, row, col, cell.number / 100.0, m_percent);
    case SheetCell::Type::Date: {
        if (cell.date.year() < 1900)
            return text(cell.date.toString(QStringLiteral("dd/MM/yyyy")));
        widen(column, 10);
        lxw_datetime datetime = {cell.date.year(), cell.date.month(), cell.date.day(), 0, 0, 0.0};
        return lib.worksheet_write_datetime(m_sheet, row, col, &datetime, m_date);
    }
    }
    return LXW_NO_ERROR;
}

void XlsxSheetWriter::widen(int column, qsizetype width)
{
    if (width > m_widths.at(column))
        m_widths[column] = int(qMin<qsizetype>(width, kMaxWidth));
}

void XlsxSheetWriter::endSheet()
{
    if (!m_sheet)
        return;
    const XlsxLibrary& lib = *m_library;
    for (int c = 0; c < m_columns.size(); ++c) {
        const int width = m_columns.at(c).width > 0 ? m_columns.at(c).width : m_widths.at(c) + 1;
        lib.worksheet_set_column(m_sheet, lxw_col_t(c), lxw_col_t(c), width, nullptr);
    }
    lib.worksheet_autofilter(m_sheet, 0, 0, lxw_row_t(qMax<qint64>(m_row - 1, 0)), lxw_col_t(m_columns.size() - 1));
    m_sheet = nullptr;
}

Status XlsxSheetWriter::finish()
{
    Q_ASSERT(m_workbook);
    endSheet();
    if (const int failed = close(); failed != LXW_NO_ERROR) {
        removePartial();
        return fileError(m_library->reason(lxw_error(failed)));
    }
    std::error_code error;
    std::filesystem::rename(nativePath(m_partial), nativePath(m_path), error);
    if (error) {
        removePartial();
        return fileError(QString::fromStdString(error.message()));
    }
    m_partial.clear();
    return {};
}

int XlsxSheetWriter::close()
{
    // Even an abandoned workbook is closed, not freed: only workbook_close() releases the
    // sheets' temporary files. What it writes is removed with the partial file.
    const lxw_error status = m_library->workbook_close(m_workbook);
    m_workbook = nullptr;
    m_sheet = nullptr;
    return status;
}

void XlsxSheetWriter::removePartial()
{
    if (!m_partial.isEmpty())
        QFile::remove(m_partial);
    m_partial.clear();
}

Error XlsxSheetWriter::fileError(const QString& reason) const
{
    return Error::file(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_path), reason));
}

} // namespace netra
