// SPDX-License-Identifier: GPL-3.0-or-later
#include "PledgeDetailLabel.h"

#include "NipText.h"
#include "PledgeTableModel.h"

#include "core/IndonesianDate.h"

namespace netra {

PledgeDetailLabel::PledgeDetailLabel(QWidget* parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setMinimumHeight(fontMetrics().lineSpacing() * 3);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
}

void PledgeDetailLabel::showEntry(const PledgeEntry* entry, QDate asOf, const PledgeTableModel& model)
{
    if (!entry) {
        clear();
        return;
    }
    QStringList who{entry->name, tr("NIP %1").arg(groupedNip(entry->nip))};
    for (const QString& part : {entry->position, entry->unitName})
        if (!part.isEmpty())
            who << part;
    QStringList lines{who.join(QStringLiteral(" · "))};
    if (!entry->pledge) {
        lines << tr("Not signed as of %1.").arg(IndonesianDate::longDate(asOf));
    } else {
        const Pledge& pledge = *entry->pledge;
        const QString day = IndonesianDate::longDate(pledge.signedOn);
        const QString place = model.placeText(pledge);
        QStringList signing{place.isEmpty() ? tr("Signed on %1").arg(day) : tr("Signed on %1 at %2").arg(day, place)};
        const QString briefing = model.sessionTitle(pledge.sessionId);
        if (!briefing.isEmpty() && briefing != place)
            signing << tr("briefing: %1").arg(briefing);
        if (!pledge.recordedBy.isEmpty())
            signing << tr("recorded by %1").arg(pledge.recordedBy);
        lines << signing.join(QStringLiteral(" · "));
        lines << (pledge.evidenceSha256.isEmpty() ? tr("No evidence attached.")
                                                  : tr("Evidence SHA-256: %1").arg(pledge.evidenceSha256));
    }
    setText(lines.join(QLatin1Char('\n')));
}

} // namespace netra
