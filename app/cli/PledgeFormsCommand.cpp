// SPDX-License-Identifier: GPL-3.0-or-later
#include "PledgeFormsCommand.h"

#include "io/PaperSize.h"
#include "io/PledgeForm.h"
#include "store/Database.h"
#include "store/ElectionPeriodRepository.h"

#include <QDir>

namespace netra {

QString PledgeFormsCommand::summary() const
{
    return tr("Print a unit's ikrar sheet or pakta integritas pages to a PDF file, to be signed");
}

void PledgeFormsCommand::declare(QCommandLineParser& parser) const
{
    parser.addOptions({
        {QStringLiteral("period"), tr("Election period name."), QStringLiteral("NAME")},
        {QStringLiteral("unit"), tr("The work unit code."), QStringLiteral("CODE")},
        {QStringLiteral("kind"), tr("ikrar (one collective sheet) or pakta (a page per official)."),
         QStringLiteral("KIND")},
        {QStringLiteral("out"), tr("The PDF file to write."), QStringLiteral("FILE")},
        {QStringLiteral("paper"), tr("a4 (default) or f4 (215 x 330 mm)."), QStringLiteral("PAPER"), QStringLiteral("a4")},
        {QStringLiteral("as-of"), tr("The date that decides who must sign (default today, within the period)."),
         QStringLiteral("DATE")},
        {QStringLiteral("date"), tr("The signing date to print; by default the day is left to be written by hand."),
         QStringLiteral("DATE")},
    });
}

int PledgeFormsCommand::run(const QCommandLineParser& parser, CommandContext& context)
{
    for (const char* option : {"period", "unit", "kind", "out"}) {
        if (const auto value = required(parser, QLatin1String(option)); !value)
            return fail(context, value.error());
    }
    const auto kind = pledgeKindOption(parser, PledgeKind::Ikrar);
    if (!kind)
        return fail(context, kind.error());
    const auto paper = paperFromCode(parser.value(QStringLiteral("paper")).trimmed());
    if (!paper)
        return fail(context, Error::usage(tr("--paper takes a4 or f4.")));
    PledgeForm::Options options;
    options.paper = *paper;
    const auto asOf = dateOption(parser, QStringLiteral("as-of"), QDate());
    if (!asOf)
        return fail(context, asOf.error());
    options.asOf = *asOf;
    const auto signingDate = dateOption(parser, QStringLiteral("date"), QDate());
    if (!signingDate)
        return fail(context, signingDate.error());
    options.signingDate = *signingDate;

    const auto db = context.openDatabase();
    if (!db)
        return fail(context, db.error());
    const auto period = ElectionPeriodRepository(**db).findByName(parser.value(QStringLiteral("period")));
    if (!period)
        return fail(context, period.error());
    const auto forms = PledgeForm::build(**db, *period, *kind, parser.value(QStringLiteral("unit")), options);
    if (!forms)
        return fail(context, forms.error());
    // Written through a temporary file: a failure leaves no partial PDF behind.
    const QString out = parser.value(QStringLiteral("out")).trimmed();
    if (auto written = forms->writePdf(out); !written)
        return fail(context, written.error());
    context.out << tr("Pledge forms written to %1 (%n page(s)).", nullptr, forms->pageCount())
                       .arg(QDir::toNativeSeparators(out))
                << Qt::endl;
    return Ok;
}

} // namespace netra
