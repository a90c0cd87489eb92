// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "Result.h"
#include "Sex.h"
#include "StaffKind.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace netra {

enum class NipScheme { Nip, NiPppk }; // PNS NIP or PPPK's NI PPPK

// An 18-digit staff number that passed the rules of DOMAIN.md §2. Only parse() makes one,
// so holding a Nip means its birth date, appointment and sex digits are consistent.
class Nip {
    Q_DECLARE_TR_FUNCTIONS(Nip)
public:
    struct Options {
        // Pns: NIP rules; Pppk/PppkPartTime: NI PPPK rules; nullopt: NIP, then NI PPPK.
        // NonAsn is rejected: non-ASN have an internal id, never a NIP.
        std::optional<StaffKind> kind;
        std::optional<Sex> sexColumn; // when the source has an L/P column, digit 15 must agree
        bool checkPppkCodeDigits = true; // digits 13-14 of an NI PPPK are not pinned down
    };

    static Result<Nip> parse(const QString& input, QDate today, const Options& options);
    static Result<Nip> parse(const QString& input, QDate today);

    // Rule 1's cleaning only: trim (U+00A0 too), drop one leading apostrophe, remove spaces
    // and dots. The result is not checked.
    static QString clean(const QString& input);
    // Up to 18 digits as one number with a 1 in front (so that "012" and "12" differ), for
    // keys of a million NIPs that strings would take five times the memory for; nullopt for
    // anything else.
    static std::optional<qint64> asKey(const QString& digits);
    // Scientific notation or float text, or 18 digits ending 000: what Excel leaves of an
    // 18-digit number kept in a General cell.
    static bool looksDamagedBySpreadsheet(const QString& input);
    static Error spreadsheetDamage();

    QString digits() const { return m_digits; }
    QString formatted() const; // "19870315 201012 1 002"
    QDate birthDate() const { return m_birthDate; }
    // NIP: TMT CPNS year and month. NI PPPK: year of first appointment and digits 13-14.
    int appointmentYear() const { return m_appointmentYear; }
    int appointmentMonth() const { return m_appointmentMonth; }
    Sex sex() const { return m_sex; }
    int serial() const { return m_serial; }
    NipScheme scheme() const { return m_scheme; }

    friend bool operator==(const Nip&, const Nip&) = default;

private:
    Nip() = default;
    static Result<Nip> parseAs(const QString& input, QDate today, const Options& options,
                               NipScheme scheme);

    QString m_digits;
    QDate m_birthDate;
    int m_appointmentYear = 0;
    int m_appointmentMonth = 0;
    Sex m_sex = Sex::Male;
    int m_serial = 0;
    NipScheme m_scheme = NipScheme::Nip;
};

} // namespace netra
