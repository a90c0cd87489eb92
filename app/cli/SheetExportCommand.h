// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

#include "io/SheetOutput.h"

namespace netra {

// What `export attendance|pledges|cases` share: --out, --format xlsx|csv (by default from
// the file name, as `export staff`), --period NAME (every period when absent) and
// --mask-nip. A subclass writes its sheet and says what it wrote.
class SheetExportCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(SheetExportCommand)
public:
    QString noun() const override { return QStringLiteral("export"); }

protected:
    struct Request {
        QString out;
        SheetOutput::Format format = SheetOutput::Format::Xlsx;
        qint64 periodId = 0; // 0: every period
        bool maskNip = false;
    };

    void declare(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, CommandContext& context) override;

    // The rows written.
    virtual Result<qint64> write(Database& db, const Request& request) const = 0;
    // "N records written to FILE."
    virtual QString written(qint64 rows, const QString& path) const = 0;
};

} // namespace netra
