// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StaffCandidate.h"

#include <QList>
#include <QString>

#include <optional>

namespace netra {

// Finding the person a name on a form means, once the people sharing its name key (titles
// stripped, case folded: see nameKey()) are known. A name is never guessed: it names someone
// only when exactly one person has it, or when exactly one of its bearers belongs to an
// invited unit.

// The one person a name names, given its bearers (the people active that day whose name
// key it is) and those of them in the session's invited units: the only bearer, else the only
// invited one; nullopt when none or several remain. Either list may stop after two entries:
// that is enough to tell one from several.
std::optional<StaffCandidate> pickByName(const QList<StaffCandidate>& bearers,
                                         const QList<StaffCandidate>& invitedBearers);

// At most `count` people of `pool` most like the name key `key`, for the clerk to choose
// from: most words shared with the name first, then those in invited units, then by name.
QList<StaffCandidate> bestCandidates(const QString& key, QList<StaffCandidate> pool, int count);

// The words of a name key worth a search, longest first (ties keep their order). Words of
// one or two letters ("m", "ny") are left out: the trigram search cannot look for them.
QStringList searchWords(const QString& key);

} // namespace netra
