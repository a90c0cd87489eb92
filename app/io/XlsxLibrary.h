// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QLibrary>
#include <QString>

#include <xlsxwriter.h>

#include <memory>

namespace netra {

// The libxlsxwriter functions Netra calls, resolved from the library loaded at run time.
//
// Never linked: Debian's libquazip1-qt6 exports minizip's zipOpen, zipWriteInFileInZip ...
// without -Bsymbolic, and libxlsxwriter takes the same names from libminizip, so in a
// process holding both its calls land in QuaZip's copies and workbook_close() crashes.
// Loaded with RTLD_DEEPBIND (QLibrary::DeepBindHint) the library binds its own dependencies
// first. Only netra_io's writers include this header; the members carry the C names so a
// call reads like libxlsxwriter's documentation.
class XlsxLibrary {
    Q_DECLARE_TR_FUNCTIONS(XlsxLibrary)
public:
    // The build's library (NETRA_XLSXWRITER_FILE) is loaded once per process, from any
    // thread; its outcome, failure included, is kept. Any other file name (a test's) is loaded
    // apart. A missing library or function is a File error naming it, never a crash.
    static Result<std::shared_ptr<const XlsxLibrary>> load(const QString& fileName = {});
    static QString defaultFileName();

    decltype(&::workbook_new_opt) workbook_new_opt = nullptr;
    decltype(&::workbook_add_worksheet) workbook_add_worksheet = nullptr;
    decltype(&::workbook_validate_sheet_name) workbook_validate_sheet_name = nullptr;
    decltype(&::workbook_add_format) workbook_add_format = nullptr;
    decltype(&::workbook_close) workbook_close = nullptr;
    decltype(&::format_set_bold) format_set_bold = nullptr;
    decltype(&::format_set_num_format) format_set_num_format = nullptr;
    decltype(&::worksheet_write_string) worksheet_write_string = nullptr;
    decltype(&::worksheet_write_number) worksheet_write_number = nullptr;
    decltype(&::worksheet_write_datetime) worksheet_write_datetime = nullptr;
    decltype(&::worksheet_set_column) worksheet_set_column = nullptr;
    decltype(&::worksheet_freeze_panes) worksheet_freeze_panes = nullptr;
    decltype(&::worksheet_autofilter) worksheet_autofilter = nullptr;
    decltype(&::lxw_strerror) lxw_strerror = nullptr;

    // libxlsxwriter's English reason for an error code.
    QString reason(lxw_error error) const;

private:
    XlsxLibrary() = default;
    static Result<std::shared_ptr<const XlsxLibrary>> open(const QString& fileName);

    QLibrary m_library;
};

} // namespace netra
