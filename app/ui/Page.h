// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace netra {

class Database;

// One entry of the sidebar. MainWindow hands every page the open database (or none) and
// tells the others when one of them changed data they may show.
class Page : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;

    virtual QString title() const = 0; // translated, for the sidebar
    virtual void setDatabase(Database* db) = 0; // nullptr: no database open
    virtual void refresh() {}

signals:
    void dataEdited();
};

} // namespace netra
