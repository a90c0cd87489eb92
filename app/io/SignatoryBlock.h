// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportBlock.h"
#include "core/SignatureBlock.h"

#include <QDate>
#include <QString>

namespace netra {

// The signature block on the right half: "Place, 22 November 2026", a.n. line, position,
// room to sign, name bold and underlined, rank, "NIP ..." grouped. Never split over pages.
class SignatoryBlock : public ReportBlock {
public:
    // An invalid date leaves the date line out, for a date written by hand.
    SignatoryBlock(SignatureBlock signature, QDate date);
    // The date line as given, e.g. "Sukamaju, .................... 2024" to be completed by hand.
    SignatoryBlock(SignatureBlock signature, QString dateLine);
    // A box for the meterai stamp in the room to sign, with `label` ("Meterai 10.000") in it,
    // a little left of centre so the signature runs across its edge. Empty: no box.
    void setMeteraiBox(const QString& label) { m_meteraiLabel = label; }
    void layout(ReportPager& pager, qreal width) const override;

    // "19700101 199503 1 001" for 18 digits (spaces and dots ignored); anything else as given.
    static QString groupedNip(const QString& nip);

private:
    SignatureBlock m_signature;
    QString m_dateLine;
    QString m_meteraiLabel;
};

} // namespace netra
