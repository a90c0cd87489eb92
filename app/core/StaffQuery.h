// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StaffKind.h"

#include <QString>

#include <optional>

namespace netra {

// What the clerk typed into the roster's search field, read the way a clerk means it: digits
// (spaces and dots ignored) are the start of a NIP, anything else a fragment of a name found
// anywhere in it, titles ignored. One or two letters match names starting with them, since a
// fragment that short would match nearly everyone.
struct StaffSearchTerm {
    enum class Mode { None, NamePrefix, NameFragment, NipPrefix };
    Mode mode = Mode::None;
    QString key; // a name key fragment (nameKey rules) or NIP digits

    static StaffSearchTerm interpret(const QString& text);

    // Bounds of the half-open range [key, upperBound()) of texts that start with key.
    QString upperBound() const;

    friend bool operator==(const StaffSearchTerm&, const StaffSearchTerm&) = default;
};

enum class StaffActiveFilter { All, Active, Inactive };
// Auto orders by name, or by NIP when the search is a NIP prefix.
enum class StaffSort { Auto, Name, Nip, Kind };

// The roster as the Pegawai page shows it: search, filters and order.
struct StaffQuery {
    QString text;
    qint64 unitId = 0; // 0: every unit; otherwise the unit and its sub-units
    std::optional<StaffKind> kind;
    StaffActiveFilter active = StaffActiveFilter::All;
    StaffSort sort = StaffSort::Auto;
    bool descending = false;

    StaffSearchTerm term() const { return StaffSearchTerm::interpret(text); }
    StaffSort effectiveSort() const;

    friend bool operator==(const StaffQuery&, const StaffQuery&) = default;
};

} // namespace netra
