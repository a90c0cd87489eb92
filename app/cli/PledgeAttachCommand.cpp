// SPDX-License-Identifier: GPL-3.0-or-later
#include "PledgeAttachCommand.h"

#include "store/Database.h"
#include "store/DocumentRepository.h"
#include "store/PledgeRepository.h"

namespace netra {

QString PledgeAttachCommand::summary() const
{
    return tr("Attach a scanned PDF, JPEG or PNG as evidence to the pledges of a list of NIPs");
}

void PledgeAttachCommand::declare(QCommandLineParser& parser) const
{
    parser.addOptions({
        {QStringLiteral("period"), tr("Election period name."), QStringLiteral("NAME")},
        {QStringLiteral("kind"), tr("ikrar or pakta."), QStringLiteral("KIND")},
        {QStringLiteral("file"), tr("The scan: PDF, JPEG or PNG, at most 20 MB."), QStringLiteral("SCAN")},
    });
}

int PledgeAttachCommand::run(const QCommandLineParser& parser, CommandContext& context)
{
    if (const auto file = required(parser, QStringLiteral("file")); !file)
        return fail(context, file.error());
    auto arguments = pledgeArguments(parser, context);
    if (!arguments)
        return fail(context, arguments.error());
    Database& db = *arguments->db;
    // The scan and its links go in together: a refused file or NIP leaves no stray document.
    StoredDocument document;
    int attached = 0;
    const Status done = db.transaction([&]() -> Status {
        const auto stored = DocumentRepository(db).storeFile(parser.value(QStringLiteral("file")));
        if (!stored)
            return stored.error();
        document = *stored;
        const auto changed = PledgeRepository(db).attach(arguments->period, arguments->kind, arguments->staffIds, stored->id);
        if (!changed)
            return changed.error();
        attached = *changed;
        return {};
    });
    if (!done)
        return fail(context, done.error());
    context.out << QStringLiteral("attached %1 sha256 %2\n").arg(attached).arg(document.sha256);
    return Ok;
}

} // namespace netra
