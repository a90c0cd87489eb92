// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Page.h"

#include <functional>

class QLabel;

namespace netra {

// A sidebar page whose feature is still to come: it says so plainly instead of showing an
// empty screen.
class PlaceholderPage : public Page {
    Q_OBJECT
public:
    // `title` is called again on a language change, so it returns a freshly translated text.
    PlaceholderPage(std::function<QString()> title, QWidget* parent = nullptr);

    QString title() const override { return m_title(); }
    void setDatabase(Database*) override {}

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    std::function<QString()> m_title;
    QLabel* m_heading;
    QLabel* m_notice;
};

} // namespace netra
