// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace netra {

// PNS and PPPK (full or part time) are ASN and bound by the neutrality rules; non-ASN
// (honorer) are on the roster but have no NIP.
enum class StaffKind { Pns, Pppk, PppkPartTime, NonAsn };

// Stored and printed codes: PNS, PPPK, PPPK_PW, NON_ASN.
QString staffKindCode(StaffKind kind);
// Accepts the codes case-insensitively, plus the words HR exports use ("PPPK Paruh Waktu").
std::optional<StaffKind> staffKindFromCode(const QString& text);
QString staffKindLabel(StaffKind kind); // translated, for screens
bool isAsn(StaffKind kind);
bool hasNip(StaffKind kind);

} // namespace netra
