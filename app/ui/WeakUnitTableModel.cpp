// SPDX-License-Identifier: GPL-3.0-or-later
#include "WeakUnitTableModel.h"

#include "StatusColour.h"

#include "io/IndonesianNumber.h"
#include "io/ModelSheetExporter.h"

#include <algorithm>

namespace netra {

namespace {

int severity(ComplianceStatus status)
{
    switch (status) {
    case ComplianceStatus::TidakPatuh: return 0;
    case ComplianceStatus::PerluPerhatian: return 1;
    case ComplianceStatus::Patuh: return 2;
    case ComplianceStatus::NoStaff: break;
    }
    return 3;
}

int weaker(const UnitCompliance& unit)
{
    return std::min(unit.ikrarSigned, unit.attendedStaff);
}

} // namespace

QList<UnitCompliance> WeakUnitTableModel::weakest(const QList<UnitCompliance>& units,
                                                  const ComplianceThresholds& thresholds, int count)
{
    QList<UnitCompliance> ranked;
    for (const UnitCompliance& unit : units)
        if (unit.activeStaff > 0)
            ranked << unit;
    std::stable_sort(ranked.begin(), ranked.end(), [&thresholds](const UnitCompliance& a, const UnitCompliance& b) {
        const int sa = severity(ComplianceRule::status(a, thresholds));
        const int sb = severity(ComplianceRule::status(b, thresholds));
        if (sa != sb)
            return sa < sb;
        // weaker(a)/a.active < weaker(b)/b.active, without rounding.
        const qint64 left = qint64(weaker(a)) * b.activeStaff;
        const qint64 right = qint64(weaker(b)) * a.activeStaff;
        if (left != right)
            return left < right;
        return a.unitCode < b.unitCode;
    });
    if (ranked.size() > count)
        ranked.resize(count);
    return ranked;
}

void WeakUnitTableModel::setUnits(const QList<UnitCompliance>& units, const ComplianceThresholds& thresholds)
{
    beginResetModel();
    m_rows.clear();
    for (const UnitCompliance& unit : weakest(units, thresholds, kShown))
        m_rows.append({unit, ComplianceRule::status(unit, thresholds)});
    endResetModel();
}

const UnitCompliance* WeakUnitTableModel::unitAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row).unit : nullptr;
}

void WeakUnitTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, StatusColumn), index(int(m_rows.size()) - 1, StatusColumn));
}

int WeakUnitTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WeakUnitTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WeakUnitTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    const UnitCompliance& unit = row.unit;
    if (role == UnitIdRole)
        return unit.unitId;
    if (role == ModelSheetExporter::CellRole) {
        if (index.column() == IkrarColumn)
            return QVariant::fromValue(SheetCell::fromPercent(ComplianceRule::percent(unit.ikrarSigned, unit.activeStaff)));
        if (index.column() == AttendanceColumn)
            return QVariant::fromValue(
                SheetCell::fromPercent(ComplianceRule::percent(unit.attendedStaff, unit.activeStaff)));
        return {};
    }
    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
        case UnitColumn: return unit.unitCode + QStringLiteral(" – ") + unit.unitName;
        case IkrarColumn:
            return IndonesianNumber::percent(ComplianceRule::percent(unit.ikrarSigned, unit.activeStaff));
        case AttendanceColumn:
            return IndonesianNumber::percent(ComplianceRule::percent(unit.attendedStaff, unit.activeStaff));
        case StatusColumn: return ComplianceRule::displayName(row.status);
        case ColumnCount: break;
        }
        return {};
    }
    if (role == Qt::DecorationRole && index.column() == StatusColumn)
        return statusColour(row.status);
    if (role == Qt::TextAlignmentRole && (index.column() == IkrarColumn || index.column() == AttendanceColumn))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant WeakUnitTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case UnitColumn: return tr("Unit");
    case IkrarColumn: return tr("Ikrar");
    case AttendanceColumn: return tr("Attendance");
    case StatusColumn: return tr("Status");
    case ColumnCount: break;
    }
    return {};
}

} // namespace netra
