// SPDX-License-Identifier: GPL-3.0-or-later
#include "RowSource.h"

#include "CsvRowSource.h"
#include "XlsxReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace netra {

Result<std::unique_ptr<RowSource>> RowSource::open(const QString& path, const QString& sheet)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly))
        return Error::file(tr("Cannot read %1: %2").arg(shown, QFileInfo::exists(path) ? file.errorString() : tr("no such file")));
    const QByteArray magic = file.read(8);
    file.close();

    if (magic.startsWith("PK\x03\x04")) {
        auto xlsx = std::make_unique<XlsxReader>();
        if (Status opened = xlsx->open(path, sheet); !opened)
            return opened.error();
        return std::unique_ptr<RowSource>(std::move(xlsx));
    }
    // The OLE2 signature of the old binary .xls (and .doc): say what to do instead of "not CSV".
    if (magic.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return Error::invalid(tr("%1 is an old Excel 97-2003 workbook; save it as .xlsx or CSV and import that").arg(shown));
    if (!sheet.isEmpty())
        return Error::usage(tr("%1 is not a workbook; --sheet applies to .xlsx files only").arg(shown));
    auto csv = std::make_unique<CsvRowSource>();
    if (Status opened = csv->open(path); !opened)
        return opened.error();
    return std::unique_ptr<RowSource>(std::move(csv));
}

QStringList RowSource::texts(const QList<SpreadsheetCell>& cells)
{
    QStringList out;
    out.reserve(cells.size());
    for (const SpreadsheetCell& cell : cells)
        out << cell.text;
    return out;
}

} // namespace netra
