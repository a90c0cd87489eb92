// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttendanceImportDialog.h"

#include "store/Database.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace netra {

namespace {

enum Column { RowColumn, NipColumn, NameColumn, ReasonColumn, ChoiceColumn, ColumnCount };

} // namespace

AttendanceImportDialog::AttendanceImportDialog(Database& db, Session session, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_session(std::move(session))
    , m_summary(new QLabel(this))
    , m_unmatched(new QTableWidget(0, ColumnCount, this))
{
    setObjectName(QStringLiteral("attendanceImportDialog"));
    setWindowTitle(tr("Import form responses"));
    resize(900, 520);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_unmatched->setObjectName(QStringLiteral("importUnmatched"));
    m_unmatched->setHorizontalHeaderLabels(
        {tr("Row"), tr("NIP"), tr("Name"), tr("Why not matched"), tr("Record as")});
    m_unmatched->horizontalHeader()->setSectionResizeMode(ReasonColumn, QHeaderView::Stretch);
    m_unmatched->horizontalHeader()->setSectionResizeMode(ChoiceColumn, QHeaderView::ResizeToContents);
    m_unmatched->verticalHeader()->hide();
    m_unmatched->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_recordButton = buttons->addButton(tr("Record attendance"), QDialogButtonBox::AcceptRole);
    m_recordButton->setObjectName(QStringLiteral("importRecord"));
    connect(m_recordButton, &QPushButton::clicked, this, &AttendanceImportDialog::record);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Session: %1").arg(m_session.title), this));
    layout->addWidget(m_summary);
    layout->addWidget(new QLabel(tr("Rows that named nobody for sure: pick the person to record, or leave them out."), this));
    layout->addWidget(m_unmatched, 1);
    layout->addWidget(buttons);
}

bool AttendanceImportDialog::load(const QString& path)
{
    AttendanceImporter::Options options;
    options.dryRun = true;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto result = AttendanceImporter(m_db).import(m_session, path, options);
    QApplication::restoreOverrideCursor();
    if (!result) {
        QMessageBox::critical(parentWidget(), windowTitle(), result.error().message);
        return false;
    }
    m_result = std::move(*result);
    m_summary->setText(tr("%1 rows read: %2 people matched (%3 of them by name), %4 repeated submissions, "
                          "%5 rows not matched.")
                           .arg(m_result.rows)
                           .arg(m_result.matched)
                           .arg(m_result.byName)
                           .arg(m_result.duplicates)
                           .arg(m_result.unmatched.size()));
    m_unmatched->setRowCount(int(m_result.unmatched.size()));
    for (int i = 0; i < m_result.unmatched.size(); ++i) {
        const UnmatchedAttendanceRow& row = m_result.unmatched.at(i);
        m_unmatched->setItem(i, RowColumn, new QTableWidgetItem(QString::number(row.row)));
        m_unmatched->setItem(i, NipColumn, new QTableWidgetItem(row.nip));
        m_unmatched->setItem(i, NameColumn, new QTableWidgetItem(row.name));
        m_unmatched->setItem(i, ReasonColumn, new QTableWidgetItem(row.reason));
        auto* choice = new QComboBox(m_unmatched);
        choice->setObjectName(QStringLiteral("importChoice%1").arg(i));
        choice->addItem(tr("Leave out"), qint64(0));
        for (const StaffCandidate& candidate : row.candidates)
            choice->addItem(candidate.describe(), candidate.staffId);
        choice->setEnabled(!row.candidates.isEmpty());
        m_unmatched->setCellWidget(i, ChoiceColumn, choice);
    }
    m_recordButton->setEnabled(m_result.matched > 0 || !m_result.unmatched.isEmpty());
    return true;
}

QList<AttendanceRepository::Presence> AttendanceImportDialog::confirmedRows() const
{
    QList<AttendanceRepository::Presence> confirmed;
    for (int i = 0; i < m_result.unmatched.size(); ++i) {
        const auto* choice = qobject_cast<QComboBox*>(m_unmatched->cellWidget(i, ChoiceColumn));
        const qint64 staffId = choice ? choice->currentData().toLongLong() : 0;
        if (staffId > 0)
            confirmed.push_back({staffId, m_result.unmatched.at(i).at});
    }
    return confirmed;
}

void AttendanceImportDialog::record()
{
    // The matched rows and the confirmed ones go in together: one transaction, each person
    // once at their earliest time.
    const QList<AttendanceRepository::Presence> present = m_result.present + confirmedRows();
    const auto written = AttendanceImporter::recordConfirmed(m_db, m_session, present);
    if (!written) {
        QMessageBox::critical(this, windowTitle(), written.error().message);
        return;
    }
    m_recorded = written->recorded + written->changed;
    accept();
}

} // namespace netra
