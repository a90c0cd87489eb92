// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseTableModel.h"

#include "NipText.h"

#include "core/IndonesianDate.h"
#include "io/ModelSheetExporter.h"

#include <QFont>

namespace netra {

CaseTableModel::CaseTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void CaseTableModel::setCatalog(const CaseCatalog& catalog)
{
    m_catalog = catalog;
    if (!m_cases.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void CaseTableModel::setCases(const QList<ViolationCase>& cases)
{
    beginResetModel();
    m_cases = cases;
    endResetModel();
}

const ViolationCase* CaseTableModel::caseAt(int row) const
{
    return row >= 0 && row < m_cases.size() ? &m_cases.at(row) : nullptr;
}

int CaseTableModel::rowOfCase(qint64 caseId) const
{
    for (qsizetype i = 0; i < m_cases.size(); ++i)
        if (m_cases.at(i).id == caseId)
            return int(i);
    return -1;
}

void CaseTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_cases.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QColor CaseTableModel::overdueBackground()
{
    return QColor(0xfd, 0xdc, 0xdc);
}

int CaseTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_cases.size());
}

int CaseTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

SheetCell CaseTableModel::cell(const ViolationCase& c, int column, int row) const
{
    switch (column) {
    case NumberColumn: return SheetCell::fromInteger(row + 1);
    case NipColumn: return SheetCell::fromText(c.nip);
    case ActDateColumn: return SheetCell::fromDate(c.actDate);
    case DueColumn: return SheetCell::fromDate(c.followUpDue);
    default: return SheetCell::fromText(text(c, column, row));
    }
}

QString CaseTableModel::text(const ViolationCase& c, int column, int row) const
{
    switch (column) {
    case NumberColumn: return QString::number(row + 1);
    case NipColumn: return groupedNip(c.nip);
    case NameColumn: return c.name;
    case UnitColumn: return c.unitName;
    case KindColumn: {
        const ViolationKind* kind = m_catalog.kind(c.kindCode);
        return kind ? kind->label : c.kindCode;
    }
    case ActDateColumn: return IndonesianDate::longDate(c.actDate);
    case SourceColumn: {
        const ReportSource* source = m_catalog.source(c.sourceCode);
        return source ? source->label : c.sourceCode;
    }
    case StatusColumn: return CaseStatusText::displayName(c.status);
    case DueColumn: return c.followUpDue.isValid() ? IndonesianDate::longDate(c.followUpDue) : QString();
    }
    return {};
}

QVariant CaseTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ViolationCase& c = m_cases.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return text(c, index.column(), index.row());
    case ModelSheetExporter::CellRole:
        return QVariant::fromValue(cell(c, index.column(), index.row()));
    case Qt::TextAlignmentRole:
        return index.column() == NumberColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    // Colour and weight together: the red alone is lost on a grey-scale print of the screen
    // and to colour-blind eyes. The text colour is set too, so a dark theme stays readable.
    case Qt::BackgroundRole:
        return c.overdue ? QVariant(overdueBackground()) : QVariant();
    case Qt::ForegroundRole:
        return c.overdue ? QVariant(QColor(0x6b, 0x00, 0x00)) : QVariant();
    case Qt::FontRole:
        if (c.overdue) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        if (c.overdue)
            return tr("Overdue since %1: the recommendation was not followed up by %2.")
                .arg(IndonesianDate::longDate(c.followUpDue.addDays(1)), IndonesianDate::longDate(c.followUpDue));
        if (index.column() == KindColumn)
            return text(c, KindColumn, index.row());
        if (index.column() == UnitColumn)
            return c.unitCode;
        return {};
    default:
        return {};
    }
}

QVariant CaseTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn: return tr("No");
    case NipColumn: return tr("NIP");
    case NameColumn: return tr("Name");
    case UnitColumn: return tr("Work unit");
    case KindColumn: return tr("Kind of violation");
    case ActDateColumn: return tr("Date of the act");
    case SourceColumn: return tr("Source");
    case StatusColumn: return tr("Status");
    case DueColumn: return tr("Follow-up due");
    }
    return {};
}

} // namespace netra
