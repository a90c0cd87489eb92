// SPDX-License-Identifier: GPL-3.0-or-later
// QCommandLineParser writes its own help headings and error messages through Qt's tr(). Qt
// ships no Indonesian catalogue, so they are listed here in Qt's context: lupdate copies them
// into netra_id.ts and Qt finds them in the installed netra_id.qm.
#include <QtGlobal>

namespace {

[[maybe_unused]] const char* const qtCommandLineStrings[] = {
    QT_TRANSLATE_NOOP("QCommandLineParser", "Options:"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Arguments:"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "[options]"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unknown option '%1'."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unknown options: %1."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Missing value after '%1'."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unexpected value after '%1'."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unexpected argument '%1'."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Empty arguments."),
};

} // namespace
