// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ElectionPeriod.h"

#include <QDate>
#include <QList>

class QComboBox;
class QDateEdit;

namespace netra {

// The period a page opens on: the one running `today`, else the latest (periods are listed
// by start). -1 when there is none.
int defaultPeriodIndex(const QList<ElectionPeriod>& periods, const QDate& today);

// Refills a period combo (name, id) without signals, keeping the period chosen before when
// it is still listed, else choosing the default one. Returns whether the choice was kept.
bool fillPeriodCombo(QComboBox* combo, const QList<ElectionPeriod>& periods, const QDate& today);

// The period the combo shows, or nullptr.
const ElectionPeriod* chosenPeriod(const QComboBox* combo, const QList<ElectionPeriod>& periods);

// Limits an as-of date to `period`, without signals, and when `date` is valid sets it to
// `date` clamped into the period.
void fitAsOfDate(QDateEdit* asOf, const ElectionPeriod& period, const QDate& date);

} // namespace netra
