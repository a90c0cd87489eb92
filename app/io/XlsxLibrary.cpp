// SPDX-License-Identifier: GPL-3.0-or-later
#include "XlsxLibrary.h"

#include <QDir>

#include <type_traits>

namespace netra {

QString XlsxLibrary::defaultFileName()
{
    return QStringLiteral(NETRA_XLSXWRITER_FILE);
}

Result<std::shared_ptr<const XlsxLibrary>> XlsxLibrary::load(const QString& fileName)
{
    if (!fileName.isEmpty() && fileName != defaultFileName())
        return open(fileName);
    // A function-local static: loaded by the first caller, the others wait for it. The kept
    // message is in the language of that first call, which is set before any export starts.
    static const Result<std::shared_ptr<const XlsxLibrary>> shared = open(defaultFileName());
    return shared;
}

Result<std::shared_ptr<const XlsxLibrary>> XlsxLibrary::open(const QString& fileName)
{
    std::shared_ptr<XlsxLibrary> library(new XlsxLibrary);
    library->m_library.setFileName(fileName);
    library->m_library.setLoadHints(QLibrary::DeepBindHint);
    if (!library->m_library.load())
        return Error::file(tr("Cannot load the spreadsheet library %1 (libxlsxwriter), which writes XLSX files: %2")
                               .arg(QDir::toNativeSeparators(fileName), library->m_library.errorString()));

    QString missing;
    const auto resolve = [&](auto& function, const char* name) {
        function = reinterpret_cast<std::remove_reference_t<decltype(function)>>(library->m_library.resolve(name));
        if (!function && missing.isEmpty())
            missing = QLatin1String(name);
    };
    resolve(library->workbook_new_opt, "workbook_new_opt");
    resolve(library->workbook_add_worksheet, "workbook_add_worksheet");
    resolve(library->workbook_validate_sheet_name, "workbook_validate_sheet_name");
    resolve(library->workbook_add_format, "workbook_add_format");
    resolve(library->workbook_close, "workbook_close");
    resolve(library->format_set_bold, "format_set_bold");
    resolve(library->format_set_num_format, "format_set_num_format");
    resolve(library->worksheet_write_string, "worksheet_write_string");
    resolve(library->worksheet_write_number, "worksheet_write_number");
    resolve(library->worksheet_write_datetime, "worksheet_write_datetime");
    resolve(library->worksheet_set_column, "worksheet_set_column");
    resolve(library->worksheet_freeze_panes, "worksheet_freeze_panes");
    resolve(library->worksheet_autofilter, "worksheet_autofilter");
    resolve(library->lxw_strerror, "lxw_strerror");
    if (!missing.isEmpty())
        return Error::file(tr("The spreadsheet library %1 (libxlsxwriter) has no function %2; it is too old or not libxlsxwriter.")
                               .arg(QDir::toNativeSeparators(library->m_library.fileName()), missing));
    return std::shared_ptr<const XlsxLibrary>(std::move(library));
}

QString XlsxLibrary::reason(lxw_error error) const
{
    return QString::fromUtf8(lxw_strerror(error));
}

} // namespace netra
