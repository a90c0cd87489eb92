// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Pledge.h"

#include <QString>
#include <QStringList>

namespace netra {

class PledgePlaceholders;

// The wording of an ikrar netralitas or a pakta integritas (DOMAIN.md §9), in the parts the
// printed form lays out. Kept as plain text a clerk can type into a multi-line box (settings
// pledge.ikrar_text and pledge.pakta_text):
//
//   - the first lines, up to the first blank line, are the title, one printed line each;
//   - then paragraphs separated by blank lines; the lines of one paragraph are joined, so a
//     text pasted with hard line breaks still flows;
//   - a line starting with a number and a dot or bracket ("1.", "2)") starts a numbered item,
//     and the lines under it continue it up to a blank line or the next number;
//   - paragraphs before the first item open the text, the ones after it close it.
//
// Placeholders in braces are filled by PledgePlaceholders. The built-in wording is written in
// the same format, so it is nothing more than the text an empty setting stands for.
struct PledgeText {
    QStringList titleLines;
    QStringList opening; // paragraphs before the items
    QStringList items;   // without their numbers: the form numbers them in order
    QStringList closing; // paragraphs after the items

    static QString defaultText(PledgeKind kind);
    static QString settingKey(PledgeKind kind); // "pledge.ikrar_text", "pledge.pakta_text"
    static PledgeText parse(const QString& text);
    // The setting's text, or the built-in wording when the setting is empty.
    static PledgeText fromSetting(PledgeKind kind, const QString& settingValue);

    // Every part with its placeholders filled.
    PledgeText filled(const PledgePlaceholders& placeholders) const;

    friend bool operator==(const PledgeText&, const PledgeText&) = default;
};

} // namespace netra
