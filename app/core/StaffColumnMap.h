// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "StaffField.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace netra {

// Which column of a roster's header row holds which staff field. Detected from the headers
// the HR office's exports use (NIP / NIP Baru, Nama Lengkap, Unit Kerja, Gol, JK, ...),
// case- and space-insensitive with '_' read as a space; overrides chosen by the user win.
//
//     auto map = StaffColumnMap::detect(headers, overrides);
//     if (!map.has(StaffField::Nip)) ...
//     QString nip = cells.value(map.column(StaffField::Nip));
class StaffColumnMap {
    Q_DECLARE_TR_FUNCTIONS(StaffColumnMap)
public:
    // Header key -> field; nullopt means "ignore this column". QMap keeps the remembered
    // text in a stable order.
    using Overrides = QMap<QString, std::optional<StaffField>>;

    // "  NIP_Baru " -> "nip baru": the form headers are compared in.
    static QString headerKey(const QString& header);
    // The field a header names by itself, without overrides.
    static std::optional<StaffField> fieldForHeader(const QString& header);

    // One --map argument: "column=field", "column=ignore" (leave the column out) or
    // "column=auto" (forget an earlier choice for it). The column is its header text.
    static Status applyOverride(Overrides& overrides, const QString& assignment);
    // The remembered form (settings value) and back; unreadable text gives no overrides.
    static QString encode(const Overrides& overrides);
    static Overrides decode(const QString& text);

    static StaffColumnMap detect(const QStringList& headers, const Overrides& overrides = {});

    bool has(StaffField field) const { return column(field) >= 0; }
    int column(StaffField field) const; // 0-based; -1 when absent
    std::optional<StaffField> fieldAt(int column) const;
    // The header text as the file writes it, for reject lists; the field code when absent.
    QString header(StaffField field) const;
    const QStringList& headers() const { return m_headers; }

private:
    QStringList m_headers;
    QList<int> m_columns; // indexed by StaffField
};

} // namespace netra
