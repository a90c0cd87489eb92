// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QPushButton;

namespace netra {

// Shown when there is no database yet, or the last one could not be opened: try Netra on
// demo data, start an empty database, or open an existing file. A problem with the last
// file is shown above the choices.
class FirstStartDialog : public QDialog {
    Q_OBJECT
public:
    enum class Choice { None, Demo, Empty, Open };

    explicit FirstStartDialog(const QString& problem = {}, QWidget* parent = nullptr);

    Choice choice() const { return m_choice; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void choose(Choice choice);

    Choice m_choice = Choice::None;
    QLabel* m_intro;
    QLabel* m_problem;
    QPushButton* m_demo;
    QPushButton* m_empty;
    QPushButton* m_open;
    QPushButton* m_quit;
};

} // namespace netra
