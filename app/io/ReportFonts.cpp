// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportFonts.h"

#include <QFontDatabase>
#include <QGuiApplication>
#include <QMutex>
#include <QMutexLocker>

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
    // Qt 6.4 has no per-font OpenType feature switch; any letter spacing turns ligatures off
    // (QTextEngine), and this one is far below a printer dot. Without it "fi" prints as one
    // glyph and a copied or searched "verifikasi" in the PDF does not match.
    font.setLetterSpacing(QFont::AbsoluteSpacing, 1.0 / 32);
    return font;
}

} // namespace

bool ReportFonts::ensureLoaded()
{
    // A failure is not remembered: called before the QGuiApplication exists, a later call
    // still gets the fonts registered.
    static QMutex mutex;
    static bool loaded = false;
    const QMutexLocker locker(&mutex);
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return false; // the font database would only warn, once per font asked for
    if (!loaded)
        loaded = registerFonts();
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
