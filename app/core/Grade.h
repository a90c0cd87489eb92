// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace netra {

// Golongan/ruang of a PNS (I/a to IV/e, each with its pangkat) or golongan of a PPPK (I to
// XVII, no pangkat). DOMAIN.md §3. Rank names are Indonesian paper text, not tr() strings.
class Grade {
public:
    // PNS: "III/b", "III-b", "IIIb", "3b", "3/b", "III / B", "Gol. III/b", and the printed
    // "Penata Muda Tingkat I (III/b)". PPPK: "IX", "Golongan IX", "gol. IX", and a bare
    // number "9" (see Grade.cpp on why a bare number is PPPK).
    static std::optional<Grade> parse(const QString& text);

    QString code() const;     // "III/b"; PPPK "IX"
    QString rankName() const; // "Penata Muda Tingkat I"; empty for PPPK
    QString printed() const;  // "Penata Muda Tingkat I (III/b)"; PPPK "Golongan IX"
    // Sort key: PNS I/a..IV/e = 1..17, PPPK I..XVII = 1..17, so the two pair up in one column.
    int order() const { return m_order; }
    bool isPppk() const { return m_pppk; }

    friend bool operator==(const Grade&, const Grade&) = default;

private:
    Grade(bool pppk, int order) : m_pppk(pppk), m_order(order) {}
    static std::optional<Grade> parseCode(const QString& text);

    bool m_pppk = false;
    int m_order = 0;
};

} // namespace netra
