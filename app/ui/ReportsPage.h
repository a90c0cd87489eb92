// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Page.h"

#include "core/ElectionPeriod.h"
#include "io/ReportDocument.h"

#include <QList>

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace netra {

// Laporan: the Sekda's compliance summary of a period (ComplianceReport) as of a date, on
// A4 or F4, with the letter number the clerk typed; previewed and printed, or saved as PDF;
// and the same figures with the people and cases behind them as a spreadsheet.
class ReportsPage : public Page {
    Q_OBJECT
public:
    explicit ReportsPage(QWidget* parent = nullptr);

    QString title() const override { return tr("Reports"); }
    void setDatabase(Database* db) override;
    void refresh() override;

    void preview();
    void savePdf();
    void saveWorkbook(); // ComplianceWorkbook: Ringkasan and the lists behind it

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void loadPeriods();
    void fitAsOf();
    const ElectionPeriod* currentPeriod() const;
    // The summary for the current choices, or nullopt after saying why not on the page.
    std::optional<ReportDocument> build();

    Database* m_db = nullptr;
    QList<ElectionPeriod> m_periods;
    QLabel* m_heading;
    QLabel* m_about;
    QLabel* m_periodLabel;
    QComboBox* m_period;
    QLabel* m_asOfLabel;
    QDateEdit* m_asOf;
    QLabel* m_paperLabel;
    QComboBox* m_paper;
    QLabel* m_letterLabel;
    QLineEdit* m_letterNumber;
    QPushButton* m_preview;
    QPushButton* m_save;
    QPushButton* m_saveWorkbook;
    QLabel* m_hint;
    QLabel* m_error;
};

} // namespace netra
