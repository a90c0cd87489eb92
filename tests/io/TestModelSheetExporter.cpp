// SPDX-License-Identifier: GPL-3.0-or-later
// Lists written as the window shows them, read back with Netra's own readers: the chosen
// columns in their order under the model's headers, the rows as a proxy filters and sorts
// them, cells typed through CellRole (a NIP as text, a date as a date) or from the display
// value, one CSV file per sheet, and nothing left behind when the export is cancelled.
#include "SheetTestSupport.h"

#include "io/ModelSheetExporter.h"
#include "io/RowSource.h"

#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>

using namespace netra;
using namespace netra::test;
using namespace Qt::StringLiterals;
using Type = SpreadsheetCell::Type;

namespace {

enum Column { NumberColumn, NameColumn, NipColumn, SignedColumn, ColumnCount };

struct Person {
    QString name;
    QString nip;
    QDate signedOn;
};

const QList<Person>& people()
{
    static const QList<Person> list{
        {u"Ahmad Fauzi"_s, u"198001012005011001"_s, QDate(2026, 10, 20)},
        {u"Siti Aminah"_s, u"199205172023212011"_s, QDate()},
        {u"Budi Santoso"_s, u"198703152010121002"_s, QDate(2026, 11, 2)},
    };
    return list;
}

// Shown as the page shows them: the NIP grouped, the date written out; stored typed.
void fill(QStandardItemModel& model)
{
    model.setColumnCount(ColumnCount);
    model.setHorizontalHeaderLabels({u"No"_s, u"Nama"_s, u"NIP"_s, u"Tanggal"_s});
    for (qsizetype i = 0; i < people().size(); ++i) {
        const Person& p = people().at(i);
        auto* number = new QStandardItem;
        number->setData(int(i + 1), Qt::DisplayRole);
        auto* nip = new QStandardItem(p.nip.left(8) + u' ' + p.nip.mid(8, 6) + u' ' + p.nip.mid(14, 1) + u' ' + p.nip.mid(15));
        nip->setData(QVariant::fromValue(SheetCell::fromText(p.nip)), ModelSheetExporter::CellRole);
        auto* signedOn = new QStandardItem(p.signedOn.isValid() ? p.signedOn.toString(u"d MMMM yyyy"_s) : QString());
        signedOn->setData(QVariant::fromValue(SheetCell::fromDate(p.signedOn)), ModelSheetExporter::CellRole);
        model.appendRow({number, new QStandardItem(p.name), nip, signedOn});
    }
}

} // namespace

class TestModelSheetExporter : public QObject {
    Q_OBJECT
private slots:
    void chosenColumnsInTheirOrderWithTypedCells();
    void displayValuesGiveTheirType();
    void rowsAreThoseTheProxyShows();
    void csvIsOneFilePerSheet();
    void cancelLeavesNothing();
};

void TestModelSheetExporter::chosenColumnsInTheirOrderWithTypedCells()
{
    QStandardItemModel model;
    fill(model);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"daftar.xlsx"_s);
    const auto written = ModelSheetExporter::write({{&model, u"Ikrar"_s, {NipColumn, NameColumn, SignedColumn}}}, path,
                                                   SheetOutput::Format::Xlsx);
    QVERIFY2(written, written ? "" : qPrintable(written.error().message));
    QCOMPARE(*written, 3);

    QStringList names;
    const SheetRows rows = readSheet(path, {}, &names);
    QCOMPARE(names, QStringList{u"Ikrar"_s});
    QCOMPARE(rows.size(), 4);
    QCOMPARE(RowSource::texts(rows.at(0)), (QStringList{u"NIP"_s, u"Nama"_s, u"Tanggal"_s}));
    for (qsizetype i = 0; i < people().size(); ++i) {
        const Person& p = people().at(i);
        const auto& row = rows.at(i + 1);
        QCOMPARE(row.at(0).type, Type::Text); // all 18 digits, no grouping spaces
        QCOMPARE(row.at(0).text, p.nip);
        QCOMPARE(row.at(1).text, p.name);
        if (p.signedOn.isValid()) {
            QCOMPARE(row.at(2).type, Type::Date);
            QCOMPARE(row.at(2).date, p.signedOn);
        } else {
            QVERIFY(row.value(2).isEmpty());
        }
    }
}

void TestModelSheetExporter::displayValuesGiveTheirType()
{
    QStandardItemModel model(2, 3);
    model.setHorizontalHeaderLabels({u"Jumlah"_s, u"Rasio"_s, u"Tanggal"_s});
    model.setData(model.index(0, 0), 42);
    model.setData(model.index(0, 1), 0.25);
    model.setData(model.index(0, 2), QDate(2026, 12, 2));
    model.setData(model.index(1, 0), u"0012"_s); // text that looks like a number stays text

    QCOMPARE(ModelSheetExporter::cell(model.index(0, 0)).type, SheetCell::Type::Integer);
    QCOMPARE(ModelSheetExporter::cell(model.index(0, 1)).type, SheetCell::Type::Number);
    QCOMPARE(ModelSheetExporter::cell(model.index(0, 2)).type, SheetCell::Type::Date);
    QCOMPARE(ModelSheetExporter::cell(model.index(1, 0)).type, SheetCell::Type::Text);
    QCOMPARE(ModelSheetExporter::cell(model.index(1, 1)).type, SheetCell::Type::Empty);

    QTemporaryDir dir;
    const QString path = dir.filePath(u"angka.xlsx"_s);
    QVERIFY(ModelSheetExporter::write({{&model, u"Angka"_s, {}}}, path, SheetOutput::Format::Xlsx));
    const SheetRows rows = readSheet(path);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(1).at(0).type, Type::Number);
    QCOMPARE(rows.at(1).at(0).number, 42.0);
    QCOMPARE(rows.at(1).at(1).number, 0.25);
    QCOMPARE(rows.at(1).at(2).date, QDate(2026, 12, 2));
    QCOMPARE(rows.at(2).at(0).type, Type::Text);
    QCOMPARE(rows.at(2).at(0).text, u"0012"_s);
}

void TestModelSheetExporter::rowsAreThoseTheProxyShows()
{
    QStandardItemModel model;
    fill(model);
    QSortFilterProxyModel shown;
    shown.setSourceModel(&model);
    shown.setFilterKeyColumn(NameColumn);
    shown.setFilterRegularExpression(u"^(Siti|Budi)"_s);
    shown.sort(NameColumn, Qt::DescendingOrder);

    QTemporaryDir dir;
    const QString path = dir.filePath(u"saring.csv"_s);
    const auto written = ModelSheetExporter::write({{&shown, u"Ikrar"_s, {NameColumn, NipColumn}}}, path,
                                                   SheetOutput::Format::Csv);
    QVERIFY(written);
    QCOMPARE(*written, 2);
    const QList<QStringList> records = readCsvFile(path);
    QCOMPARE(records, (QList<QStringList>{{u"Nama"_s, u"NIP"_s},
                                          {u"Siti Aminah"_s, u"199205172023212011"_s},
                                          {u"Budi Santoso"_s, u"198703152010121002"_s}}));
}

void TestModelSheetExporter::csvIsOneFilePerSheet()
{
    QStandardItemModel first;
    fill(first);
    QStandardItemModel second(1, 1);
    second.setHorizontalHeaderLabels({u"Jenis"_s});
    second.setData(second.index(0, 0), u"Kampanye"_s);

    QTemporaryDir dir;
    const QString path = dir.filePath(u"rekap.csv"_s);
    const auto written = ModelSheetExporter::write(
        {{&first, u"Kasus per Unit"_s, {}}, {&second, u"Kasus per Jenis"_s, {}}}, path, SheetOutput::Format::Csv);
    QVERIFY(written);
    QCOMPARE(*written, 4);
    QCOMPARE(folderEntries(dir.path()), (QStringList{u"rekap-kasus-per-jenis.csv"_s, u"rekap.csv"_s}));
    QCOMPARE(readCsvFile(path).size(), 4);
    QCOMPARE(readCsvFile(path).at(1).at(3), u"2026-10-20"_s); // ISO, whatever the screen shows
    QCOMPARE(readCsvFile(dir.filePath(u"rekap-kasus-per-jenis.csv"_s)),
             (QList<QStringList>{{u"Jenis"_s}, {u"Kampanye"_s}}));
}

void TestModelSheetExporter::cancelLeavesNothing()
{
    QStandardItemModel model(2500, 1);
    for (int row = 0; row < model.rowCount(); ++row)
        model.setData(model.index(row, 0), row);
    QTemporaryDir dir;
    for (const auto format : {SheetOutput::Format::Xlsx, SheetOutput::Format::Csv}) {
        QList<qint64> told;
        const auto written = ModelSheetExporter::write({{&model, u"Banyak"_s, {}}}, dir.filePath(u"banyak"_s), format,
                                                       [&told](qint64 rows) {
                                                           told << rows;
                                                           return rows < 2000;
                                                       });
        QVERIFY(!written);
        QCOMPARE(written.error().kind, ErrorKind::Cancelled);
        QCOMPARE(told, (QList<qint64>{1000, 2000}));
        QCOMPARE(folderEntries(dir.path()), QStringList());
    }
}

QTEST_GUILESS_MAIN(TestModelSheetExporter)
#include "TestModelSheetExporter.moc"
