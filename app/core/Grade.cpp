// SPDX-License-Identifier: GPL-3.0-or-later
#include "Grade.h"

#include <QRegularExpression>

#include <array>

namespace netra {

namespace {

struct PnsGrade {
    const char* code;
    const char* rank;
};

// In order: the position in this table is the sort key. There is no I/e, II/e or III/e.
constexpr std::array<PnsGrade, 17> PnsGrades = {{
    {"I/a", "Juru Muda"},
    {"I/b", "Juru Muda Tingkat I"},
    {"I/c", "Juru"},
    {"I/d", "Juru Tingkat I"},
    {"II/a", "Pengatur Muda"},
    {"II/b", "Pengatur Muda Tingkat I"},
    {"II/c", "Pengatur"},
    {"II/d", "Pengatur Tingkat I"},
    {"III/a", "Penata Muda"},
    {"III/b", "Penata Muda Tingkat I"},
    {"III/c", "Penata"},
    {"III/d", "Penata Tingkat I"},
    {"IV/a", "Pembina"},
    {"IV/b", "Pembina Tingkat I"},
    {"IV/c", "Pembina Utama Muda"},
    {"IV/d", "Pembina Utama Madya"},
    {"IV/e", "Pembina Utama"},
}};

constexpr int PppkGrades = 17;

QString roman(int n)
{
    static const std::array<const char*, PppkGrades> numerals = {
        "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX",
        "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII"};
    if (n < 1 || n > PppkGrades)
        return {};
    return QString::fromLatin1(numerals.at(std::size_t(n - 1)));
}

// Only canonical numerals: "IIII" or "VX" are typos, not grades.
int fromRoman(const QString& text)
{
    const QString upper = text.toUpper();
    for (int n = 1; n <= PppkGrades; ++n) {
        if (roman(n) == upper)
            return n;
    }
    return 0;
}

int groupNumber(const QString& text)
{
    bool ok = false;
    const int n = text.toInt(&ok);
    if (ok)
        return n;
    return fromRoman(text);
}

} // namespace

std::optional<Grade> Grade::parse(const QString& text)
{
    const QString input = text.simplified();

    // The printed form: the code in brackets decides, and a rank name before it must agree.
    static const QRegularExpression printedForm(QStringLiteral("^(.*)\\(([^()]*)\\)$"));
    if (const QRegularExpressionMatch m = printedForm.match(input); m.hasMatch()) {
        const auto grade = parseCode(m.captured(2));
        const QString rank = m.captured(1).trimmed();
        if (!grade || grade->m_pppk
            || (!rank.isEmpty() && rank.compare(grade->rankName(), Qt::CaseInsensitive) != 0))
            return std::nullopt;
        return grade;
    }
    return parseCode(input);
}

std::optional<Grade> Grade::parseCode(const QString& text)
{
    QString key = text.toLower();
    key.remove(QLatin1Char(' '));
    // "Golongan", "Gol.", "Golongan/Ruang" and "Gol/Ruang" are labels copied with the value.
    static const QRegularExpression label(QStringLiteral("^gol(?:ongan)?(?:/ruang)?[.:]*"));
    key.remove(label);

    static const QRegularExpression pns(QStringLiteral("^(iv|i{1,3}|[1-4])[/-]?([a-e])$"));
    if (const QRegularExpressionMatch m = pns.match(key); m.hasMatch()) {
        const int group = groupNumber(m.captured(1));
        const int room = m.captured(2).at(0).unicode() - 'a'; // 0 = a
        if (room == 4 && group != 4)
            return std::nullopt; // only group IV has ruang e
        return Grade(false, (group - 1) * 4 + room + 1);
    }

    // A PNS grade always has its ruang letter, so a bare numeral or number can only be a
    // PPPK golongan. Spreadsheets write those as "9" as often as "IX"; taking "9" as PPPK IX
    // is the reading that loses nothing, and a PNS "3" without ruang is incomplete anyway.
    static const QRegularExpression pppk(QStringLiteral("^(?:[ivx]+|[0-9]{1,2})$"));
    if (pppk.match(key).hasMatch()) {
        const int n = groupNumber(key);
        if (n >= 1 && n <= PppkGrades)
            return Grade(true, n);
    }
    return std::nullopt;
}

QString Grade::code() const
{
    if (m_pppk)
        return roman(m_order);
    return QString::fromLatin1(PnsGrades.at(std::size_t(m_order - 1)).code);
}

QString Grade::rankName() const
{
    if (m_pppk)
        return {};
    return QString::fromLatin1(PnsGrades.at(std::size_t(m_order - 1)).rank);
}

QString Grade::printed() const
{
    if (m_pppk)
        return QStringLiteral("Golongan ") + code();
    return rankName() + QStringLiteral(" (") + code() + QLatin1Char(')');
}

} // namespace netra
