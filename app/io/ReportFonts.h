// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QString>

namespace netra {

// DejaVu Sans, embedded from the build machine's fonts-dejavu-core, so a report breaks into
// the same pages on every office computer whatever fonts it has installed.
// Needs a QGuiApplication (the font database lives there); offscreen is enough.
class ReportFonts {
public:
    // Registers the embedded fonts once; false when they could not be registered.
    static bool ensureLoaded();
    static QString family();

    static QFont regular(qreal pointSize);
    static QFont bold(qreal pointSize);

    // Sized in pixels of a layout at `dpi`: such a font keeps its size relative to the page
    // when a painter scales the layout onto a device of another resolution, which a
    // point-sized font would not (QPainter re-resolves points against the device).
    static QFont forLayout(qreal pointSize, int dpi, bool bold = false);
};

} // namespace netra
