// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Sex.h"

#include <QRandomGenerator>
#include <QString>

namespace netra {

// Indonesian-looking names for demo rosters: Sundanese, Javanese and Muslim given names,
// common family and second names. Invented combinations; no real roster.
class DemoNames {
public:
    static QString givenName(Sex sex, QRandomGenerator& random);
    static QString secondName(Sex sex, QRandomGenerator& random);
};

} // namespace netra
