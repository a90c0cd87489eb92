// SPDX-License-Identifier: GPL-3.0-or-later
#include "PledgeAttachCommand.h"

#include "store/Database.h"
#include "store/DocumentRepository.h"
#include "store/ElectionPeriodRepository.h"
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
    for (const char* option : {"period", "kind", "file"}) {
        if (const auto value = required(parser, QLatin1String(option)); !value)
            return fail(context, value.error());
    }
    const auto kind = pledgeKindOption(parser, PledgeKind::Ikrar);
    if (!kind)
        return fail(context, kind.error());
    const QStringList nips = parser.positionalArguments();
    if (nips.isEmpty())
        return fail(context, Error::usage(tr("Name at least one NIP.")));
    const auto db = context.openDatabase();
    if (!db)
        return fail(context, db.error());
    const auto period = ElectionPeriodRepository(**db).findByName(parser.value(QStringLiteral("period")));
    if (!period)
        return fail(context, period.error());
    const auto ids = staffIdsOf(nips, **db);
    if (!ids)
        return fail(context, ids.error());
    // The scan and its links go in together: a refused file or NIP leaves no stray document.
    StoredDocument document;
    int attached = 0;
    const Status done = (*db)->transaction([&]() -> Status {
        const auto stored = DocumentRepository(**db).storeFile(parser.value(QStringLiteral("file")));
        if (!stored)
            return stored.error();
        document = *stored;
        const auto changed = PledgeRepository(**db).attach(*period, *kind, *ids, stored->id);
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
