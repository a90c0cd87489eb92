// SPDX-License-Identifier: GPL-3.0-or-later
#include "PeriodChoice.h"

#include <QComboBox>
#include <QDateEdit>
#include <QSignalBlocker>

#include <algorithm>

namespace netra {

int defaultPeriodIndex(const QList<ElectionPeriod>& periods, const QDate& today)
{
    for (qsizetype i = 0; i < periods.size(); ++i)
        if (periods.at(i).contains(today))
            return int(i);
    return int(periods.size()) - 1;
}

bool fillPeriodCombo(QComboBox* combo, const QList<ElectionPeriod>& periods, const QDate& today)
{
    const qint64 chosen = combo->currentData().toLongLong();
    const QSignalBlocker blocker(combo);
    combo->clear();
    for (const ElectionPeriod& period : periods)
        combo->addItem(period.name, period.id);
    int index = combo->findData(chosen);
    const bool kept = index >= 0;
    if (!kept)
        index = defaultPeriodIndex(periods, today);
    combo->setCurrentIndex(index);
    return kept;
}

const ElectionPeriod* chosenPeriod(const QComboBox* combo, const QList<ElectionPeriod>& periods)
{
    const qint64 id = combo->currentData().toLongLong();
    const auto found = std::find_if(periods.cbegin(), periods.cend(), [id](const ElectionPeriod& p) { return p.id == id; });
    return found == periods.cend() ? nullptr : &*found;
}

void fitAsOfDate(QDateEdit* asOf, const ElectionPeriod& period, const QDate& date)
{
    const QSignalBlocker blocker(asOf);
    asOf->setDateRange(period.start, period.end);
    if (date.isValid())
        asOf->setDate(std::clamp(date, period.start, period.end));
}

} // namespace netra
