// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "SecondConnection.h"

#include "core/Result.h"

#include <QSqlDatabase>

#include <functional>
#include <optional>
#include <utility>

namespace netra {

// Runs `part` over the staff ids first..last, in two halves at once when they span
// `splitFrom` or more: the lower half on db's connection, the upper one on its second
// connection (Database::secondConnection), and the upper result is then merged into the
// lower. Every person costs the same few index lookups, so two cores take about half the
// time. One connection does it all on a network share (the file is held by one connection),
// inside a transaction (whose writes another connection would not see), and when the second
// connection cannot be opened.
template <typename T>
Result<T> overStaffIdHalves(Database& db, qint64 first, qint64 last, qint64 splitFrom,
                            const std::function<Result<T>(const QSqlDatabase&, qint64, qint64)>& part,
                            const std::function<void(T&, T&&)>& merge)
{
    if (last - first < splitFrom || db.onNetworkShare() || db.inTransaction())
        return part(db.connection(), first, last);
    const qint64 middle = first + (last - first) / 2;
    std::optional<Result<T>> upperResult;
    auto upperDone = db.secondConnection().post([&part, &upperResult, middle, last](Database* other) {
        if (other)
            upperResult = part(other->connection(), middle + 1, last);
    });
    auto lower = part(db.connection(), first, middle);
    upperDone.get();
    if (!lower)
        return lower;
    Result<T> upper = upperResult && *upperResult ? std::move(*upperResult) : part(db.connection(), middle + 1, last);
    if (!upper)
        return upper;
    merge(*lower, std::move(*upper));
    return lower;
}

} // namespace netra
