// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace netra {

// What went wrong, in the terms a caller acts on: the CLI maps these to its exit codes,
// the GUI to where it shows the message.
enum class ErrorKind {
    Usage,    // the request itself is malformed (unknown option, missing argument)
    Invalid,  // input rejected by a rule; nothing was written
    NotFound, // a referenced record does not exist
    Conflict, // duplicate or otherwise clashing with stored data
    File,     // a file cannot be read, written or is not what it claims to be
    Database, // the store failed, is damaged, newer than the app, or held by someone else
    Cancelled, // the user stopped long work; nothing was written
};

struct Error {
    ErrorKind kind = ErrorKind::Invalid;
    QString message; // translated, one line, ready to show

    static Error usage(const QString& m) { return {ErrorKind::Usage, m}; }
    static Error invalid(const QString& m) { return {ErrorKind::Invalid, m}; }
    static Error notFound(const QString& m) { return {ErrorKind::NotFound, m}; }
    static Error conflict(const QString& m) { return {ErrorKind::Conflict, m}; }
    static Error file(const QString& m) { return {ErrorKind::File, m}; }
    static Error database(const QString& m) { return {ErrorKind::Database, m}; }
    static Error cancelled(const QString& m) { return {ErrorKind::Cancelled, m}; }
};

} // namespace netra
