// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace netra {

// Names QSettings and the standard folders use; both executables call this first so they
// share settings and the default database.
void applyAppIdentity();

} // namespace netra
