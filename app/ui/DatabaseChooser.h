// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class QWidget;

namespace netra {

class Database;

// The way to an open database when there is none: the first-start choice, again and again
// until a file opens or the user quits. A file that cannot be opened is named with the
// reason and left exactly as it was.
class DatabaseChooser {
    Q_DECLARE_TR_FUNCTIONS(DatabaseChooser)
public:
    // nullptr when the user quits.
    static std::unique_ptr<Database> choose(QWidget* parent, const QString& problem = {});

    static Result<std::unique_ptr<Database>> openExisting(const QString& path);
    static Result<std::unique_ptr<Database>> createEmpty(const QString& path);
    // Database::defaultPath(), or beside it a numbered name no file has yet: a file that
    // failed to open stays untouched.
    static QString unusedDefaultPath();
    static QString fileFilter();
};

} // namespace netra
