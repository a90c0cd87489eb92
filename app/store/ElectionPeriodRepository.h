// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ElectionPeriod.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace netra {

class Database;

class ElectionPeriodRepository {
    Q_DECLARE_TR_FUNCTIONS(ElectionPeriodRepository)
public:
    explicit ElectionPeriodRepository(Database& db) : m_db(db) {}

    Result<QList<ElectionPeriod>> list() const; // by start date
    Result<ElectionPeriod> findByName(const QString& name) const;

    static Status validate(const ElectionPeriod& period);
    Result<qint64> add(const ElectionPeriod& period);
    // Moves the start and/or end; voting day must stay inside.
    Status setDates(const QString& name, std::optional<QDate> start, std::optional<QDate> end);

private:
    Database& m_db;
};

} // namespace netra
