// SPDX-License-Identifier: GPL-3.0-or-later
#include "Nip.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace netra {

namespace {

constexpr int NipLength = 18;
constexpr int EarliestBirthYear = 1940;
constexpr int AdultMonths = 18 * 12;
constexpr int FirstPppkYear = 2019; // the first PPPK intake

// Cells pasted from web pages and CSVs with a byte order mark carry invisible blanks that
// QChar::isSpace() does not cover.
bool isBlank(QChar c)
{
    return c.isSpace() || c == QChar(0x00A0) || c == QChar(0x202F) || c == QChar(0xFEFF)
        || c == QChar(0x200B);
}

bool isApostrophe(QChar c)
{
    // Word's autocorrect turns a typed leading ' into the left quote, so accept both curls.
    return c == QLatin1Char('\'') || c == QChar(0x2019) || c == QChar(0x2018);
}

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

QString trimBlanks(const QString& input)
{
    qsizetype from = 0;
    qsizetype to = input.size();
    while (from < to && isBlank(input.at(from)))
        ++from;
    while (to > from && isBlank(input.at(to - 1)))
        --to;
    return input.mid(from, to - from);
}

// Trimmed and without the text marker, but dots and inner spaces kept: the shape a number
// had in the spreadsheet.
QString withoutTextMarker(const QString& input)
{
    QString text = trimBlanks(input);
    if (!text.isEmpty() && isApostrophe(text.front()))
        text = trimBlanks(text.mid(1));
    return text;
}

int number(const QString& digits, qsizetype from, qsizetype count)
{
    return QStringView(digits).mid(from, count).toInt();
}

QString yearMonth(int year, int month)
{
    return QStringLiteral("%1-%2").arg(year, 4, 10, QLatin1Char('0')).arg(month, 2, 10, QLatin1Char('0'));
}

} // namespace

QString Nip::clean(const QString& input)
{
    const QString text = withoutTextMarker(input);
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (!isBlank(c) && c != QLatin1Char('.'))
            out.append(c);
    }
    return out;
}

std::optional<qint64> Nip::asKey(const QString& digits)
{
    // 19 digits with the leading 1 still fit a qint64 (at most 1999...9 < 2^63).
    if (digits.isEmpty() || digits.size() > 18)
        return std::nullopt;
    qint64 value = 1;
    for (const QChar c : digits) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
        value = value * 10 + (c.unicode() - '0');
    }
    return value;
}

bool Nip::looksDamagedBySpreadsheet(const QString& input)
{
    // "1,98703E+17" (Indonesian decimal comma) or "1.98703152010121E+17", any case of E.
    static const QRegularExpression scientific(
        QStringLiteral("^[+-]?[0-9]+(?:[.,][0-9]*)?\\s*[eE]\\s*[+-]?[0-9]+$"));
    // A number cell printed as a float ("198703152010121000.0"): digits were lost before it
    // was ever written out.
    static const QRegularExpression floatText(QStringLiteral("^[0-9]{12,}[.,]0+$"));
    const QString text = withoutTextMarker(input);
    if (scientific.match(text).hasMatch() || floatText.match(text).hasMatch())
        return true;
    const QString digits = clean(input);
    return digits.size() == NipLength && std::all_of(digits.begin(), digits.end(), isAsciiDigit)
        && digits.endsWith(QLatin1String("000"));
}

Error Nip::spreadsheetDamage()
{
    return Error::invalid(tr("The NIP lost its last digits in a spreadsheet; format the NIP "
                             "column as Text and export again"));
}

Result<Nip> Nip::parse(const QString& input, QDate today)
{
    return parse(input, today, Options{});
}

Result<Nip> Nip::parse(const QString& input, QDate today, const Options& options)
{
    if (!options.kind) {
        Result<Nip> asNip = parseAs(input, today, options, NipScheme::Nip);
        if (asNip)
            return asNip;
        Result<Nip> asPppk = parseAs(input, today, options, NipScheme::NiPppk);
        if (asPppk)
            return asPppk;
        // The NIP error is the one to show: most staff are PNS, and a number that fails both
        // is far more often a mistyped NIP than an NI PPPK.
        return asNip;
    }
    switch (*options.kind) {
    case StaffKind::Pns: return parseAs(input, today, options, NipScheme::Nip);
    case StaffKind::Pppk:
    case StaffKind::PppkPartTime: return parseAs(input, today, options, NipScheme::NiPppk);
    case StaffKind::NonAsn: break;
    }
    return Error::invalid(tr("Non-ASN staff have no NIP; give them an internal id instead"));
}

Result<Nip> Nip::parseAs(const QString& input, QDate today, const Options& options,
                         NipScheme scheme)
{
    const bool pppk = scheme == NipScheme::NiPppk;
    const QString label = pppk ? QStringLiteral("NI PPPK") : QStringLiteral("NIP");

    // Damage first: once Excel rounded to 15 significant digits, any later complaint about
    // the remaining digits would send the user after the wrong problem.
    if (looksDamagedBySpreadsheet(input))
        return spreadsheetDamage();

    const QString digits = clean(input);
    if (digits.isEmpty())
        return Error::invalid(tr("%1 is empty").arg(label));
    for (QChar c : digits) {
        if (!isAsciiDigit(c))
            return Error::invalid(
                tr("%1 may contain only digits, spaces and dots; found “%2”").arg(label, QString(c)));
    }
    if (digits.size() != NipLength)
        return Error::invalid(tr("%1 must have 18 digits, found %n", nullptr, int(digits.size())).arg(label));

    const QDate birth(number(digits, 0, 4), number(digits, 4, 2), number(digits, 6, 2));
    if (!birth.isValid())
        return Error::invalid(tr("%1 digits 1-8 are not a real birth date").arg(label));
    if (birth.year() < EarliestBirthYear)
        return Error::invalid(tr("%1 says born in %2; birth years before 1940 are not accepted")
                                  .arg(label).arg(birth.year()));
    if (birth.addYears(18) > today)
        return Error::invalid(tr("%1 says born on %2; the person is not yet 18")
                                  .arg(label, birth.toString(Qt::ISODate)));

    const int appointmentYear = number(digits, 8, 4);
    const int appointmentMonth = number(digits, 12, 2);
    if (pppk) {
        if (appointmentYear < FirstPppkYear || appointmentYear > today.year())
            return Error::invalid(tr("NI PPPK digits 9-12 must be a year from 2019 to %1, found %2")
                                      .arg(today.year()).arg(digits.mid(8, 4)));
        const bool monthLike = appointmentMonth >= 1 && appointmentMonth <= 12;
        const bool codeLike = appointmentMonth >= 21 && appointmentMonth <= 29;
        if (options.checkPppkCodeDigits && !monthLike && !codeLike)
            return Error::invalid(tr("NI PPPK digits 13-14 must be 01-12 or 21-29, found %1")
                                      .arg(digits.mid(12, 2)));
    } else {
        if (appointmentMonth < 1 || appointmentMonth > 12)
            return Error::invalid(tr("NIP digits 13-14 must be a month 01-12, found %1")
                                      .arg(digits.mid(12, 2)));
        const int appointedAt = appointmentYear * 12 + appointmentMonth;
        if (appointedAt > today.year() * 12 + today.month())
            return Error::invalid(tr("NIP says appointed in %1, after the current month")
                                      .arg(yearMonth(appointmentYear, appointmentMonth)));
        const int ageInMonths = appointedAt - (birth.year() * 12 + birth.month());
        if (ageInMonths < 0)
            return Error::invalid(tr("NIP says appointed before birth"));
        if (ageInMonths < AdultMonths)
            return Error::invalid(tr("NIP says appointed at age %1; appointment is at 18 or older")
                                      .arg(ageInMonths / 12));
    }

    const QChar sexDigit = digits.at(14);
    if (sexDigit != QLatin1Char('1') && sexDigit != QLatin1Char('2'))
        return Error::invalid(tr("%1 sex digit must be 1 or 2, found %2").arg(label, QString(sexDigit)));
    const Sex sex = sexDigit == QLatin1Char('1') ? Sex::Male : Sex::Female;
    if (options.sexColumn && *options.sexColumn != sex) {
        return Error::invalid(sex == Sex::Female
                                  ? tr("%1 sex digit says female but the sex column says L").arg(label)
                                  : tr("%1 sex digit says male but the sex column says P").arg(label));
    }

    Nip nip;
    nip.m_digits = digits;
    nip.m_birthDate = birth;
    nip.m_appointmentYear = appointmentYear;
    nip.m_appointmentMonth = appointmentMonth;
    nip.m_sex = sex;
    nip.m_serial = number(digits, 15, 3);
    nip.m_scheme = scheme;
    return nip;
}

QString Nip::formatted() const
{
    if (m_digits.size() != NipLength)
        return m_digits;
    return QStringList{m_digits.mid(0, 8), m_digits.mid(8, 6), m_digits.mid(14, 1), m_digits.mid(15, 3)}
        .join(QLatin1Char(' '));
}

} // namespace netra
