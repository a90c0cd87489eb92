// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportFonts.h"

#include <QFontDatabase>
#include <QtMath>

using namespace Qt::StringLiterals;

namespace netra {

namespace {

const QString kFamily = u"DejaVu Sans"_s;

bool registerFonts()
{
    bool ok = true;
    for (const QString& path : {u":/fonts/DejaVuSans.ttf"_s, u":/fonts/DejaVuSans-Bold.ttf"_s}) {
        if (QFontDatabase::addApplicationFont(path) < 0)
            ok = false;
    }
    return ok;
}

QFont makeFont(bool bold)
{
    ReportFonts::ensureLoaded();
    QFont font(kFamily);
    font.setBold(bold);
    font.setStyleHint(QFont::SansSerif);
    // Hinted advances depend on the pixel size and the rasteriser; unhinted ones scale
    // linearly, so line breaks agree between PDF, printer and preview.
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setKerning(true);
    return font;
}

} // namespace

bool ReportFonts::ensureLoaded()
{
    static const bool loaded = registerFonts();
    return loaded;
}

QString ReportFonts::family()
{
    return kFamily;
}

QFont ReportFonts::regular(qreal pointSize)
{
    QFont font = makeFont(false);
    font.setPointSizeF(pointSize);
    return font;
}

QFont ReportFonts::bold(qreal pointSize)
{
    QFont font = makeFont(true);
    font.setPointSizeF(pointSize);
    return font;
}

QFont ReportFonts::forLayout(qreal pointSize, int dpi, bool bold)
{
    QFont font = makeFont(bold);
    font.setPixelSize(qMax(1, qRound(pointSize * dpi / 72.0)));
    return font;
}

} // namespace netra
