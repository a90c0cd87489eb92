// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPushButton>

namespace netra {

// The "Export…" button beside a list, the same on every page.
class ExportButton : public QPushButton {
    Q_OBJECT
public:
    explicit ExportButton(QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
};

} // namespace netra
