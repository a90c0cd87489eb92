// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the GUI tests: a private data folder and settings, and modal dialogs answered
// from a timer the moment they open.

#include <QApplication>
#include <QDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace netra::test {

// Calls `answer` with the next modal dialog to open (polling briefly, since exec() starts
// after the timer is set).
inline void whenModalOpens(const std::function<void(QWidget*)>& answer, int triesLeft = 200)
{
    QTimer::singleShot(10, [answer, triesLeft] {
        QWidget* modal = QApplication::activeModalWidget();
        if (modal) {
            answer(modal);
            return;
        }
        if (triesLeft > 0)
            whenModalOpens(answer, triesLeft - 1);
    });
}

inline void clickInModal(const QString& buttonName)
{
    whenModalOpens([buttonName](QWidget* modal) {
        if (auto* button = modal->findChild<QPushButton*>(buttonName))
            button->click();
        else if (auto* dialog = qobject_cast<QDialog*>(modal))
            dialog->reject();
    });
}

} // namespace netra::test
