// SPDX-License-Identifier: GPL-3.0-or-later
// Writes docs/screenshot-main.png: the main window on a fresh demo database, rendered
// offscreen (QT_QPA_PLATFORM=offscreen), with a search typed and a person selected.
#include "ui/MainWindow.h"
#include "ui/StaffTableModel.h"

#include "core/AppIdentity.h"
#include "core/Translations.h"
#include "store/Database.h"
#include "store/DemoSeeder.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>

using namespace netra;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    applyAppIdentity();
    QStandardPaths::setTestModeEnabled(true); // leaves the user's own settings alone
    Translations::install(QStringLiteral("id"));
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(NETRA_SOURCE_DIR "/docs/screenshot-main.png");

    QTemporaryDir dir;
    Database::Options options;
    options.create = true;
    const QString path = dir.filePath(QStringLiteral("netra.sqlite"));
    {
        auto db = Database::open(path, options);
        if (!db || !DemoSeeder(**db).seed(12'000, 1))
            return 3;
    }
    MainWindow window;
    window.resize(1400, 820);
    window.show();
    if (!window.openFile(path))
        return 3;
    window.showPage(MainWindow::PageStaff);
    auto* table = window.findChild<QTableView*>(QStringLiteral("staffTable"));
    auto* model = static_cast<StaffTableModel*>(table->model());
    window.findChild<QLineEdit*>(QStringLiteral("staffSearch"))->setText(QStringLiteral("sari"));
    QElapsedTimer timer;
    timer.start();
    const auto settle = [&](const std::function<bool()>& done) {
        while (!done() && timer.elapsed() < 20'000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    };
    settle([&] { return model->isComplete() && model->rowCount() > 0 && model->staffAt(0); });
    table->selectRow(2);
    settle([&] { return model->staffAt(40) != nullptr; });
    QCoreApplication::processEvents();
    if (!window.grab().save(out)) {
        QTextStream(stderr) << "cannot write " << out << "\n";
        return 1;
    }
    QTextStream(stdout) << out << "\n";
    return 0;
}
