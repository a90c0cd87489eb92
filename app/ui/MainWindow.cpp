// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "CasePage.h"
#include "DashboardPage.h"
#include "DatabaseChooser.h"
#include "PledgePage.h"
#include "ReportsPage.h"
#include "SessionPage.h"
#include "SettingsPage.h"
#include "StaffPage.h"
#include "WorkUnitPage.h"

#include "store/Database.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>

namespace netra {

namespace {

const QString lastDatabaseKey = QStringLiteral("database/last");
const QString recentKey = QStringLiteral("database/recent");
const QString geometryKey = QStringLiteral("window/geometry");
const QString stateKey = QStringLiteral("window/state");
const QString pageKey = QStringLiteral("window/page");
constexpr int kMaxRecent = 6;

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_sidebar(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_statusPath(new QLabel(this))
    , m_statusSchema(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_stack->setObjectName(QStringLiteral("pages"));
    m_statusPath->setObjectName(QStringLiteral("statusDatabase"));
    m_statusSchema->setObjectName(QStringLiteral("statusSchema"));
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setSpacing(2);
    m_sidebar->setFixedWidth(m_sidebar->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 13);
    QFont sidebarFont = m_sidebar->font();
    sidebarFont.setPointSizeF(sidebarFont.pointSizeF() * 1.1);
    m_sidebar->setFont(sidebarFont);

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sidebar);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
    statusBar()->addWidget(m_statusPath, 1);
    statusBar()->addPermanentWidget(m_statusSchema);

    buildPages();
    buildMenus();
    connect(m_sidebar, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    retranslate();
    restoreWindowState();
    updateStatus();
}

MainWindow::~MainWindow()
{
    // Pages let go of the database before it closes.
    for (Page* page : std::as_const(m_pages))
        page->setDatabase(nullptr);
}

void MainWindow::buildPages()
{
    m_pages = {
        new DashboardPage(this),
        new StaffPage(this),
        new WorkUnitPage(this),
        new SessionPage(this),
        new PledgePage(this),
        new CasePage(this),
        new ReportsPage(this),
        new SettingsPage(this),
    };
    static const char* const names[] = {"dashboardPage", "staffPage", "workUnitPage", "briefingsPage",
                                        "pledgesPage", "violationsPage", "reportsPage", "settingsPage"};
    for (qsizetype i = 0; i < m_pages.size(); ++i) {
        Page* page = m_pages.at(i);
        page->setObjectName(QLatin1String(names[i]));
        m_stack->addWidget(page);
        m_sidebar->addItem(QString());
        // A change on one page (a new person, a new head) shows on the others at once.
        connect(page, &Page::dataEdited, this, [this, page] {
            for (Page* other : std::as_const(m_pages))
                if (other != page)
                    other->refresh();
        });
    }
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_newAction = m_fileMenu->addAction(QString(), this, &MainWindow::newDatabase);
    m_newAction->setObjectName(QStringLiteral("actionNewDatabase"));
    m_newAction->setShortcut(QKeySequence::New);
    m_openAction = m_fileMenu->addAction(QString(), this, &MainWindow::openDatabase);
    m_openAction->setObjectName(QStringLiteral("actionOpenDatabase"));
    m_openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setObjectName(QStringLiteral("actionQuit"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_goMenu = menuBar()->addMenu(QString());
    for (int i = 0; i < PageCount; ++i) {
        QAction* action = m_goMenu->addAction(QString(), this, [this, i] { showPage(i); });
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        m_pageActions << action;
    }
    fillRecentMenu();
}

void MainWindow::retranslate()
{
    setWindowTitle(m_db ? tr("Netra — %1").arg(QFileInfo(m_db->path()).fileName()) : tr("Netra"));
    for (qsizetype i = 0; i < m_pages.size(); ++i) {
        m_sidebar->item(int(i))->setText(m_pages.at(i)->title());
        // A page title may hold "&" (Ikrar & Pakta); in a menu that would mark a mnemonic.
        m_pageActions.at(i)->setText(QString(m_pages.at(i)->title()).replace(QLatin1Char('&'), QStringLiteral("&&")));
    }
    m_fileMenu->setTitle(tr("&File"));
    m_newAction->setText(tr("&New database…"));
    m_openAction->setText(tr("&Open database…"));
    m_recentMenu->setTitle(tr("Open &recent"));
    m_quitAction->setText(tr("&Quit"));
    m_goMenu->setTitle(tr("&Go"));
    updateStatus();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::showPage(int index)
{
    if (index >= 0 && index < m_pages.size())
        m_sidebar->setCurrentRow(index);
}

int MainWindow::currentPage() const
{
    return m_stack->currentIndex();
}

bool MainWindow::startUp()
{
    const QString last = QSettings().value(lastDatabaseKey).toString();
    const QString path = qEnvironmentVariableIsSet("NETRA_DB") || last.isEmpty() ? Database::defaultPath() : last;
    QString problem;
    if (QFileInfo::exists(path)) {
        auto opened = DatabaseChooser::openExisting(path);
        if (opened) {
            adopt(std::move(*opened));
            return true;
        }
        problem = opened.error().message;
    }
    auto chosen = DatabaseChooser::choose(this, problem);
    if (!chosen)
        return false;
    adopt(std::move(chosen));
    return true;
}

Status MainWindow::openFile(const QString& path)
{
    auto opened = DatabaseChooser::openExisting(path);
    if (!opened)
        return opened.error();
    adopt(std::move(*opened));
    return {};
}

void MainWindow::adopt(std::unique_ptr<Database> db)
{
    for (Page* page : std::as_const(m_pages))
        page->setDatabase(nullptr);
    m_db = std::move(db);
    for (Page* page : std::as_const(m_pages))
        page->setDatabase(m_db.get());
    if (m_db) {
        QSettings().setValue(lastDatabaseKey, m_db->path());
        rememberRecent(m_db->path());
    }
    retranslate();
}

void MainWindow::newDatabase()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New database"), DatabaseChooser::unusedDefaultPath(),
                                                      DatabaseChooser::fileFilter());
    if (path.isEmpty())
        return;
    // The save dialog has already asked before replacing; a new database still never
    // overwrites a file, it is refused with the reason.
    auto created = DatabaseChooser::createEmpty(path);
    if (!created) {
        QMessageBox::critical(this, tr("Cannot create the database"), created.error().message);
        return;
    }
    adopt(std::move(*created));
}

void MainWindow::openDatabase()
{
    const QString start = m_db ? QFileInfo(m_db->path()).absolutePath() : QFileInfo(Database::defaultPath()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a Netra database"), start, DatabaseChooser::fileFilter());
    if (path.isEmpty())
        return;
    if (const Status opened = openFile(path); !opened)
        QMessageBox::critical(this, tr("Cannot open the database"), opened.error().message);
}

void MainWindow::rememberRecent(const QString& path)
{
    QSettings settings;
    QStringList recent = settings.value(recentKey).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    settings.setValue(recentKey, recent);
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(recentKey).toStringList();
    for (const QString& path : recent) {
        QAction* action = m_recentMenu->addAction(QDir::toNativeSeparators(path), this, [this, path] {
            if (const Status opened = openFile(path); !opened)
                QMessageBox::critical(this, tr("Cannot open the database"), opened.error().message);
        });
        action->setEnabled(QFileInfo::exists(path) && (!m_db || m_db->path() != path));
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::updateStatus()
{
    if (!m_db) {
        m_statusPath->setText(tr("No database open"));
        m_statusSchema->clear();
        return;
    }
    m_statusPath->setText(tr("Database: %1").arg(QDir::toNativeSeparators(m_db->path())));
    m_statusSchema->setText(tr("Schema version %1").arg(m_db->schemaVersion()));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    storeWindowState();
    QMainWindow::closeEvent(event);
}

void MainWindow::storeWindowState() const
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, QMainWindow::saveState());
    settings.setValue(pageKey, currentPage());
}

void MainWindow::restoreWindowState()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(geometryKey).toByteArray()))
        resize(1280, 800);
    QMainWindow::restoreState(settings.value(stateKey).toByteArray());
    showPage(settings.value(pageKey, int(PageStaff)).toInt());
}

} // namespace netra
