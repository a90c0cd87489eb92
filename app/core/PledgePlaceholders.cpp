// SPDX-License-Identifier: GPL-3.0-or-later
#include "PledgePlaceholders.h"

#include <QRegularExpression>
#include <QStringList>

namespace netra {

namespace {

// Abbreviations that Pemda names keep in capitals in running text. Words without a vowel
// (NTB, NTT) are abbreviations too; a real name ("Aru", "Alor") never lacks one.
bool isAbbreviation(const QString& upperWord)
{
    static const QStringList known{QStringLiteral("DKI"), QStringLiteral("DIY"), QStringLiteral("OKU")};
    if (known.contains(upperWord))
        return true;
    static const QRegularExpression vowel(QStringLiteral("[AEIOU]"));
    static const QRegularExpression letter(QStringLiteral("[A-Z]"));
    return upperWord.contains(letter) && !upperWord.contains(vowel);
}

QString capitalised(const QString& word)
{
    QStringList parts = word.split(QLatin1Char('-')); // "BAU-BAU" -> "Bau-Bau"
    for (QString& part : parts)
        part = part.left(1).toUpper() + part.mid(1).toLower();
    return parts.join(QLatin1Char('-'));
}

} // namespace

PledgePlaceholders::PledgePlaceholders(const QString& government, const ElectionPeriod& period)
{
    m_values.insert(QStringLiteral("pemda"), governmentName(government));
    m_values.insert(QStringLiteral("pemilihan"), electionName(period));
    m_values.insert(QStringLiteral("peserta"), contestants(period.kind));
}

QString PledgePlaceholders::governmentName(const QString& letterheadGovernment)
{
    const QStringList words = letterheadGovernment.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    // An empty name would print "di lingkungan berikrar"; the generic name still reads right.
    if (words.isEmpty())
        return QStringLiteral("Pemerintah Daerah");
    QStringList named;
    for (const QString& word : words) {
        if (word.contains(QLatin1Char('.'))) // "D.I." as written
            named.append(word);
        else if (isAbbreviation(word.toUpper()))
            named.append(word.toUpper());
        else
            named.append(capitalised(word));
    }
    return named.join(QLatin1Char(' '));
}

QString PledgePlaceholders::electionName(const ElectionPeriod& period)
{
    const int year = (period.votingDay.isValid() ? period.votingDay : period.start).year();
    const QString election = period.kind == ElectionKind::Pemilu ? QStringLiteral("Pemilihan Umum")
                                                                 : QStringLiteral("Pemilihan Kepala Daerah Serentak");
    return election + QStringLiteral(" Tahun ") + QString::number(year);
}

QString PledgePlaceholders::contestants(ElectionKind kind)
{
    return kind == ElectionKind::Pemilu ? QStringLiteral("peserta pemilihan umum") : QStringLiteral("pasangan calon");
}

QString PledgePlaceholders::value(const QString& name) const
{
    return m_values.value(name.toLower());
}

QString PledgePlaceholders::fill(const QString& text) const
{
    static const QRegularExpression placeholder(QStringLiteral("\\{([A-Za-z]+)\\}"));
    QString filled;
    qsizetype copied = 0;
    for (auto it = placeholder.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString name = m.captured(1);
        const auto found = m_values.constFind(name.toLower());
        if (found == m_values.constEnd())
            continue;
        filled += QStringView(text).mid(copied, m.capturedStart() - copied);
        filled += name == name.toUpper() ? found->toUpper() : *found;
        copied = m.capturedEnd();
    }
    filled += QStringView(text).mid(copied);
    return filled;
}

} // namespace netra
