// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/TableOutput.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTextStream>

using namespace Qt::StringLiterals;
using netra::TableFormat;
using netra::TableOutput;
using Kind = netra::TableOutput::ColumnKind;

namespace {

QString render(const TableOutput& table, TableFormat format)
{
    QString text;
    QTextStream out(&text);
    table.write(out, format);
    out.flush();
    return text;
}

TableOutput staffTable()
{
    TableOutput table({u"nip"_s, u"nama"_s, u"tanggal"_s, u"jumlah"_s, u"aktif"_s},
                      {Kind::Text, Kind::Text, Kind::Text, Kind::Integer, Kind::Boolean});
    table.addRow({u"197001011995031001"_s, u"Budi, S.E."_s, u"2026-11-22"_s, u"42"_s, u"true"_s});
    table.addRow({u"007"_s, u"D\u00e9sa \"Ani\""_s, u"2026-01-05"_s, QString(), u"0"_s});
    table.addRow({u"198703152010121002"_s, u"Siti"_s, QString(), u"n/a"_s, u"maybe"_s});
    return table;
}

} // namespace

class TestTableOutput : public QObject {
    Q_OBJECT

private slots:
    void formatCodes()
    {
        QCOMPARE(netra::tableFormatFromCode(u"table"_s), TableFormat::Table);
        QCOMPARE(netra::tableFormatFromCode(u"CSV"_s), TableFormat::Csv);
        QCOMPARE(netra::tableFormatFromCode(u" json "_s), TableFormat::Json);
        QVERIFY(!netra::tableFormatFromCode(u"xlsx"_s).has_value());
        QVERIFY(!netra::tableFormatFromCode(QString()).has_value());
        QCOMPARE(netra::tableFormatCode(TableFormat::Json), u"json"_s);
    }

    void csv()
    {
        const QString text = render(staffTable(), TableFormat::Csv);
        const QStringList lines = text.split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 5); // four records and the empty rest after the last '\n'
        QCOMPARE(lines.at(0), u"nip,nama,tanggal,jumlah,aktif"_s);
        // ISO dates and NIPs pass through as they are: no quotes, no reformatting.
        QCOMPARE(lines.at(1), u"197001011995031001,\"Budi, S.E.\",2026-11-22,42,true"_s);
        QCOMPARE(lines.at(2), u"007,\"D\u00e9sa \"\"Ani\"\"\",2026-01-05,,0"_s);
        QCOMPARE(lines.at(3), u"198703152010121002,Siti,,n/a,maybe"_s);
        QVERIFY(lines.at(4).isEmpty());
    }

    void csvOnDeviceIsUtf8WithoutBom()
    {
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QTextStream out(&buffer);
        TableOutput table({u"desa"_s});
        table.addRow({u"D\u00e9sa"_s});
        table.write(out, TableFormat::Csv);
        out.flush();
        QCOMPARE(buffer.data(), QByteArray("desa\nD\xC3\xA9sa\n"));
    }

    void jsonTypes()
    {
        const QString text = render(staffTable(), TableFormat::Json);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(doc.isArray());
        const QJsonArray rows = doc.array();
        QCOMPARE(rows.size(), 3);

        const QJsonObject first = rows.at(0).toObject();
        QCOMPARE(first.keys().size(), 5);
        QVERIFY(first.value(u"nip"_s).isString()); // a NIP never becomes a (rounded) number
        QCOMPARE(first.value(u"nip"_s).toString(), u"197001011995031001"_s);
        QCOMPARE(first.value(u"nama"_s).toString(), u"Budi, S.E."_s);
        QVERIFY(first.value(u"jumlah"_s).isDouble());
        QCOMPARE(first.value(u"jumlah"_s).toInteger(), 42);
        QVERIFY(first.value(u"aktif"_s).isBool());
        QCOMPARE(first.value(u"aktif"_s).toBool(), true);

        const QJsonObject second = rows.at(1).toObject();
        QCOMPARE(second.value(u"nip"_s).toString(), u"007"_s); // text keeps leading zeros
        QCOMPARE(second.value(u"nama"_s).toString(), u"D\u00e9sa \"Ani\""_s);
        QVERIFY(second.value(u"jumlah"_s).isNull());
        QVERIFY(second.value(u"aktif"_s).isBool());
        QCOMPARE(second.value(u"aktif"_s).toBool(), false);

        // What cannot be read as the kind stays as text rather than being lost.
        const QJsonObject third = rows.at(2).toObject();
        QCOMPARE(third.value(u"jumlah"_s).toString(), u"n/a"_s);
        QCOMPARE(third.value(u"aktif"_s).toString(), u"maybe"_s);
        QCOMPARE(third.value(u"tanggal"_s).toString(), QString());
    }

    void jsonEmptyAndHugeIntegers()
    {
        TableOutput empty({u"a"_s});
        QCOMPARE(QJsonDocument::fromJson(render(empty, TableFormat::Json).toUtf8()).array().size(), 0);

        TableOutput big({u"n"_s}, {Kind::Integer});
        big.addRow({u"198703152010121002"_s}); // beyond 2^53: a double would change it
        big.addRow({u"-17"_s});
        const QJsonArray rows = QJsonDocument::fromJson(render(big, TableFormat::Json).toUtf8()).array();
        QCOMPARE(rows.at(0).toObject().value(u"n"_s).toString(), u"198703152010121002"_s);
        QCOMPARE(rows.at(1).toObject().value(u"n"_s).toInteger(), -17);
    }

    void tableAlignment()
    {
        TableOutput table({u"kode"_s, u"nama"_s, u"jumlah"_s}, {Kind::Text, Kind::Text, Kind::Integer});
        table.addRow({u"D1"_s, u"De\u0301sa"_s, u"5"_s});    // combining accent: 4 columns
        table.addRow({u"D22"_s, u"\u6771\u4eac"_s, u"120"_s}); // two wide characters: 4 columns
        table.addRow({u"D333"_s, u"a\nb"_s, QString()});       // a line break stays on its row
        const QString expected = u"kode  nama  jumlah\n"
                                 u"----  ----  ------\n"
                                 u"D1    De\u0301sa       5\n"
                                 u"D22   \u6771\u4eac     120\n"
                                 u"D333  a b\n"_s;
        QCOMPARE(render(table, TableFormat::Table), expected);
    }

    void tableWithoutRows()
    {
        TableOutput table({u"nip"_s, u"nama"_s});
        QCOMPARE(render(table, TableFormat::Table), u"nip  nama\n---  ----\n"_s);
    }

    void displayWidth()
    {
        QCOMPARE(TableOutput::displayWidth(u"Sukamaju"_s), 8);
        QCOMPARE(TableOutput::displayWidth(u"De\u0301sa"_s), 4);
        QCOMPARE(TableOutput::displayWidth(u"\u6771\u4eac"_s), 4);
        QCOMPARE(TableOutput::displayWidth(u"\U0001F600"_s), 2);
    }
};

QTEST_GUILESS_MAIN(TestTableOutput)
#include "TestTableOutput.moc"
