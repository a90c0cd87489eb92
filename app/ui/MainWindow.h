// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QList>
#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace netra {

class Database;
class Page;

// The window every clerk lives in: the sidebar of pages, the File menu and the status bar.
// It owns the open database and hands it to the pages; what the pages do is theirs.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum PageIndex { PageDashboard, PageStaff, PageWorkUnits, PageBriefings, PagePledges, PageViolations, PageReports, PageSettings, PageCount };

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens the last database, else asks (first-start choice) until one opens. False when
    // the user chose to quit instead.
    bool startUp();
    Status openFile(const QString& path);
    void adopt(std::unique_ptr<Database> db);
    Database* database() const { return m_db.get(); }

    Page* page(PageIndex index) const { return m_pages.value(index); }
    void showPage(int index);
    int currentPage() const;

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void buildPages();
    void buildMenus();
    void retranslate();
    void newDatabase();
    void openDatabase();
    void rememberRecent(const QString& path);
    void fillRecentMenu();
    void updateStatus();
    void storeWindowState() const;
    void restoreWindowState();

    std::unique_ptr<Database> m_db;
    QListWidget* m_sidebar;
    QStackedWidget* m_stack;
    QList<Page*> m_pages;
    QLabel* m_statusPath;
    QLabel* m_statusSchema;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_goMenu = nullptr;
    QAction* m_newAction = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_quitAction = nullptr;
    QList<QAction*> m_pageActions;
};

} // namespace netra
