// SPDX-License-Identifier: GPL-3.0-or-later
#include "PersonName.h"

#include <QRegularExpression>
#include <QSet>
#include <QStringList>

#include <algorithm>

namespace netra {

namespace {

// One front title at the start of the text. Dotted forms may be glued to the next word
// ("Drs.H.Agus", common in spreadsheets). Without a dot a title needs a space after it, and
// "H" and "R" alone are left to the name: they are just as often initials. "R." (Raden) is
// nobility, not a title the roster keeps apart, so it stays in the name too. Case is
// ignored for matching because HR exports are often all capitals ("DRS. H. AGUS"); "Dr."
// (doctorate) and "dr." (physician) differ only in case and both are kept as written.
const QRegularExpression& frontTitlePattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("^(?:(?:prof|drs|dra|drg|drh|dr|ir|hj|k\\.h|kh|ns|apt|bd)(?:\\.|(?= ))"
                       "|h\\.|\\(h\\.? ?c\\.?\\))"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

// A dotted degree such as "M.Si.", "S.Pd", "Sp.A(K)", "Sp.PD-KGEH", "A.Md.Kep" or "Ph.D.": a
// short first part, a dot, more short parts. "A." alone is an initial, not a degree.
const QRegularExpression& dottedDegreePattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("^[A-Za-z]{1,4}\\.(?:[A-Za-z][-A-Za-z]{0,9}\\.?)*(?:\\([A-Za-z]{1,3}\\))?\\.?$"));
    return pattern;
}

// Degrees and professional suffixes written without dots. A list, not a shape: a capitalised
// word after a comma ("MULYADI, AGUS") is as likely a name.
bool isDotlessDegree(const QString& word)
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        for (const char* w : {"ak", "amd", "amk", "amkeb", "amkep", "apt", "bsc", "ca", "cfa",
                              "cia", "cpa", "finasim", "gr", "llm", "ma", "mag", "map", "mars", "mba",
                              "meng", "mh", "mhum", "mkes", "mkom", "mm", "mpd", "mph", "mpsi",
                              "msc", "msi", "mt", "mti", "ns", "phd", "psikolog", "sag", "san",
                              "sap", "se", "sfarm", "sh", "shum", "sikom", "sip", "skeb",
                              "sked", "skep", "skm", "skom", "spd", "spsi", "ss", "ssi",
                              "ssos", "sst", "st", "stp"})
            set.insert(QString::fromLatin1(w));
        return set;
    }();
    return words.contains(word.toLower());
}

bool isDegreeWord(const QString& word)
{
    if (isDotlessDegree(word))
        return true;
    const auto letters = std::count_if(word.begin(), word.end(), [](QChar c) { return c.isLetter(); });
    return letters >= 2 && dottedDegreePattern().match(word).hasMatch();
}

bool isDegreePiece(const QString& piece)
{
    const QStringList words = piece.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return !words.isEmpty() && std::all_of(words.begin(), words.end(), isDegreeWord);
}

bool isApostrophe(QChar c)
{
    return c == QLatin1Char('\'') || c == QLatin1Char('`') || c == QChar(0x2018)
        || c == QChar(0x2019) || c == QChar(0x02BC);
}

} // namespace

PersonName PersonName::parse(const QString& written)
{
    QString rest = written.simplified(); // no-break spaces count as spaces here too

    QStringList front;
    for (;;) {
        const QRegularExpressionMatch m = frontTitlePattern().match(rest);
        if (!m.hasMatch())
            break;
        const QString after = rest.mid(m.capturedLength()).trimmed();
        // A title never takes the whole name: "Dr." alone stays as written.
        if (after.isEmpty() || !(after.front().isLetter() || after.front() == QLatin1Char('(')))
            break;
        front.append(m.captured());
        rest = after;
    }

    PersonName name;
    name.frontTitles = front.join(QLatin1Char(' '));

    // Degrees follow the first comma, but only the trailing run of pieces that all look like
    // degrees is taken: a comma inside the name itself stays with the name.
    QStringList pieces = rest.split(QLatin1Char(','));
    for (QString& piece : pieces)
        piece = piece.trimmed();
    pieces.removeIf([](const QString& p) { return p.isEmpty(); });
    qsizetype firstDegree = pieces.size();
    while (firstDegree > 1 && isDegreePiece(pieces.at(firstDegree - 1)))
        --firstDegree;
    name.bareName = pieces.mid(0, firstDegree).join(QStringLiteral(", "));
    name.backTitles = pieces.mid(firstDegree).join(QStringLiteral(", "));
    return name;
}

QString PersonName::full() const
{
    QString text = frontTitles;
    if (!bareName.isEmpty()) {
        if (!text.isEmpty())
            text += QLatin1Char(' ');
        text += bareName;
    }
    if (!backTitles.isEmpty()) {
        if (!text.isEmpty())
            text += QStringLiteral(", ");
        text += backTitles;
    }
    return text;
}

QString nameKey(const QString& written)
{
    // Compatibility decomposition splits "é" into "e" and a combining accent, and also
    // flattens ligatures and full-width letters.
    const QString decomposed = PersonName::parse(written).bareName.normalized(QString::NormalizationForm_KD);
    QString key;
    key.reserve(decomposed.size());
    for (QChar c : decomposed) {
        const QChar::Category category = c.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
            || category == QChar::Mark_Enclosing || isApostrophe(c))
            continue; // "Ma'ruf" and "Maruf" are one person
        if (c.isLetterOrNumber())
            key += c.toLower();
        else
            key += QLatin1Char(' '); // "Abdul-Rahman", "M.Yusuf": the mark separated words
    }
    return key.simplified();
}

} // namespace netra
