// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseKindsCommand.h"

#include "io/TableOutput.h"
#include "store/CaseRepository.h"
#include "store/Database.h"

namespace netra {

QString CaseKindsCommand::summary() const
{
    return tr("List the violation catalogue: kinds and the sanction class they usually draw");
}

void CaseKindsCommand::declare(QCommandLineParser& parser) const
{
    addFormatOption(parser);
}

int CaseKindsCommand::run(const QCommandLineParser& parser, CommandContext& context)
{
    const auto format = formatOption(parser);
    if (!format)
        return fail(context, format.error());
    const auto db = context.openDatabase();
    if (!db)
        return fail(context, db.error());
    const auto catalog = CaseRepository(**db).catalog();
    if (!catalog)
        return fail(context, catalog.error());
    TableOutput table({QStringLiteral("code"), QStringLiteral("label"), QStringLiteral("sanction_class")});
    for (const ViolationKind& kind : catalog->kinds)
        table.addRow({kind.code, kind.label, kind.sanctionClass});
    table.write(context.out, *format);
    return Ok;
}

} // namespace netra
