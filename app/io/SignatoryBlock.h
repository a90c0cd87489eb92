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
    void layout(ReportPager& pager, qreal width) const override;

    // "19700101 199503 1 001" for 18 digits (spaces and dots ignored); anything else as given.
    static QString groupedNip(const QString& nip);

private:
    SignatureBlock m_signature;
    QDate m_date;
};

} // namespace netra
