// SPDX-License-Identifier: GPL-3.0-or-later
// One start of the desktop window on an existing database: milliseconds from main() to the
// first Pegawai rows painted, then the resident memory (VmRSS). Run it several times and take
// the median: `QT_QPA_PLATFORM=offscreen netra-bench-start FILE`. With --search, times the
// Pegawai search instead (first window of 200 per keystroke) on that file, median of 5.
#include "ui/MainWindow.h"
#include "ui/StaffTableModel.h"

#include "core/AppIdentity.h"
#include "core/StaffQuery.h"
#include "core/Translations.h"
#include "store/Database.h"
#include "store/StaffRepository.h"
#include "store/StaffSearchRepository.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTableView>
#include <QTextStream>

using namespace netra;

namespace {

qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

// Stops the clock at the first paint of the table that shows real rows.
class PaintWatch : public QObject {
public:
    PaintWatch(StaffTableModel* model, const QElapsedTimer& clock) : m_model(model), m_clock(clock) {}
    qint64 paintedAt = -1;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && paintedAt < 0 && m_model->staffAt(0))
            paintedAt = m_clock.elapsed();
        return QObject::eventFilter(watched, event);
    }

private:
    StaffTableModel* m_model;
    const QElapsedTimer& m_clock;
};

// Median over 5 runs of the mean time per text: ids of the first window, then its rows.
double searchMs(Database& db, const QStringList& texts)
{
    QList<double> runs;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer timer;
        timer.start();
        for (const QString& text : texts) {
            StaffQuery query;
            query.text = text;
            const auto ids = StaffSearchRepository(db).ids(query, 200);
            if (!ids || ids->isEmpty() || !StaffRepository(db).findByIds(*ids))
                return -1;
        }
        runs << timer.nsecsElapsed() / 1e6 / texts.size();
    }
    std::sort(runs.begin(), runs.end());
    return runs.at(2);
}

int searchBench(const QString& path)
{
    auto db = Database::open(path);
    if (!db)
        return 3;
    QTextStream out(stdout);
    const QList<QStringList> groups{
        {QStringLiteral("agus"), QStringLiteral("sari"), QStringLiteral("wati"), QStringLiteral("hidayat"),
         QStringLiteral("rahmawati"), QStringLiteral("nur")},
        {QStringLiteral("1987"), QStringLiteral("1987 03"), QStringLiteral("19900101"), QStringLiteral("2001")}};
    for (const QStringList& texts : groups) {
        out << texts.join(QLatin1Char(',')) << ": " << searchMs(**db, texts) << " ms per keystroke (";
        for (const QString& text : texts)
            out << text << " " << searchMs(**db, {text}) << "; ";
        out << ")\n";
    }
    for (const QString& text : {QString(), QStringLiteral("sari")}) {
        QElapsedTimer timer;
        timer.start();
        StaffQuery query;
        query.text = text;
        const auto ids = StaffSearchRepository(**db).ids(query);
        out << "every id of \"" << text << "\": " << (ids ? ids->size() : -1) << " in " << timer.elapsed() << " ms\n";
    }
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QElapsedTimer clock;
    clock.start();
    QApplication app(argc, argv);
    if (argc < 2) {
        QTextStream(stderr) << "usage: netra-bench-start FILE\n";
        return 1;
    }
    applyAppIdentity();
    if (QCoreApplication::arguments().contains(QStringLiteral("--search")))
        return searchBench(QCoreApplication::arguments().constLast());
    QStandardPaths::setTestModeEnabled(true);
    Translations::install(QStringLiteral("id"));
    MainWindow window;
    auto* table = window.findChild<QTableView*>(QStringLiteral("staffTable"));
    auto* model = static_cast<StaffTableModel*>(table->model());
    PaintWatch watch(model, clock);
    table->viewport()->installEventFilter(&watch);
    window.resize(1280, 800);
    window.showPage(MainWindow::PageStaff);
    window.show();
    if (const Status opened = window.openFile(QString::fromLocal8Bit(argv[1])); !opened) {
        QTextStream(stderr) << opened.error().message << "\n";
        return 3;
    }
    while (watch.paintedAt < 0 && clock.elapsed() < 60'000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    const qint64 painted = watch.paintedAt;
    // Memory once the full id list of the roster has arrived too.
    while (!model->isComplete() && clock.elapsed() < 60'000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    QTextStream(stdout) << "first rows painted: " << painted << " ms; all ids: " << clock.elapsed()
                        << " ms; rows: " << model->rowCount() << "; VmRSS: " << residentKiB() / 1024 << " MiB\n";
    return painted < 0 ? 3 : 0;
}
