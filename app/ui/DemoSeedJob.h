// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace netra {

// Creates a demo database at `path` on a worker thread (with its own connection) while a
// progress dialog keeps the window alive. The file must not exist yet.
class DemoSeedJob {
    Q_DECLARE_TR_FUNCTIONS(DemoSeedJob)
public:
    static constexpr int kStaff = 12'000;

    static Status run(const QString& path, QWidget* parent, int staff = kStaff);
};

} // namespace netra
