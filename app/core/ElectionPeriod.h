// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace netra {

enum class ElectionKind { Pemilu, Pilkada };

QString electionKindCode(ElectionKind kind); // "pemilu" / "pilkada"
std::optional<ElectionKind> electionKindFromCode(const QString& text);

// A Pemda's supervision period around one election: from the start of its programme,
// through voting day (the default "as of" for reports), to the end of follow-up.
struct ElectionPeriod {
    qint64 id = 0;
    QString uuid;
    QString name;
    ElectionKind kind = ElectionKind::Pemilu;
    QDate start;
    QDate votingDay;
    QDate end;

    bool contains(QDate day) const { return day >= start && day <= end; }
};

} // namespace netra
