// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/CsvReader.h"
#include "io/CsvWriter.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace Qt::StringLiterals;
using netra::CsvReader;
using netra::CsvWriter;
using netra::ErrorKind;

namespace {

QString fixture(const QString& name)
{
    return QStringLiteral(NETRA_TEST_DATA "/io/") + name;
}

struct Record {
    QStringList fields;
    int line = 0;
    int row = 0;
};

QList<Record> readAll(CsvReader& reader)
{
    QList<Record> records;
    QStringList fields;
    while (reader.readRecord(fields))
        records.append({fields, reader.lineNumber(), reader.rowNumber()});
    return records;
}

bool writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestCsv : public QObject {
    Q_OBJECT

private slots:
    void semicolonWithBom()
    {
        CsvReader reader;
        QVERIFY(reader.open(fixture(u"roster_semicolon_bom.csv"_s)).ok());
        QCOMPARE(reader.delimiter(), QLatin1Char(';'));
        QCOMPARE(reader.encoding(), CsvReader::Encoding::Utf8);
        const QList<Record> records = readAll(reader);
        QVERIFY(reader.status().ok());
        QCOMPARE(records.size(), 3);
        // The BOM must not stick to the first header name.
        QCOMPARE(records[0].fields,
                 QStringList({u"NIP"_s, u"Nama"_s, u"Unit Kerja"_s, u"Jabatan"_s}));
        QCOMPARE(records[1].fields.at(1), u"Drs. Budi Santoso, M.Si."_s);
        QCOMPARE(records[2].fields.at(1), u"Siti; Rahma"_s);
        QCOMPARE(records[2].fields.at(3), u"Guru"_s); // no CR left at the line end
        QCOMPARE(records[2].row, 3);
    }

    void tabSeparated()
    {
        CsvReader reader;
        QVERIFY(reader.open(fixture(u"roster_tab.txt"_s)).ok());
        QCOMPARE(reader.delimiter(), QLatin1Char('\t'));
        const QList<Record> records = readAll(reader);
        QCOMPARE(records.size(), 3);
        QCOMPARE(records[1].fields,
                 QStringList({u"197001011995031001"_s, u"Budi, S.E."_s,
                              u"Kecamatan Sukamaju; Seksi Umum"_s}));
    }

    void windows1252Fallback()
    {
        CsvReader reader;
        QVERIFY(reader.open(fixture(u"attendance_cp1252.csv"_s)).ok());
        QCOMPARE(reader.encoding(), CsvReader::Encoding::Windows1252);
        const QList<Record> records = readAll(reader);
        QCOMPARE(records.size(), 3);
        QCOMPARE(records[1].fields.at(1), u"Andr\u00e9"_s);
        QCOMPARE(records[1].fields.at(2), u"D\u00e9sa Sukamaju"_s);
        // 0x92 and 0x80 are where Windows-1252 differs from Latin-1.
        QCOMPARE(records[2].fields.at(1), u"Ma\u2019ruf"_s);
        QCOMPARE(records[2].fields.at(2), u"Caf\u00e9 \u20ac"_s);
    }

    void decodeWindows1252Table()
    {
        QCOMPARE(CsvReader::decodeWindows1252("\x80\x8A\x9F\xA0\xFF"),
                 u"\u20ac\u0160\u0178\u00a0\u00ff"_s);
        QCOMPARE(CsvReader::decodeWindows1252("\x81"), u"\u0081"_s);
    }

    void quotedNewlineAndRowNumbers()
    {
        CsvReader reader;
        QVERIFY(reader.open(fixture(u"quoted_newline.csv"_s)).ok());
        QCOMPARE(reader.delimiter(), QLatin1Char(','));
        const QList<Record> records = readAll(reader);
        QVERIFY(reader.status().ok());
        QCOMPARE(records.size(), 4);
        QCOMPARE(records[0].line, 1);
        QCOMPARE(records[0].row, 1);
        QCOMPARE(records[1].fields,
                 QStringList({u"197001011995031001"_s, u"Budi, S.E."_s, u"baris satu\nbaris dua"_s}));
        QCOMPARE(records[1].line, 2);
        QCOMPARE(records[1].row, 2);
        QCOMPARE(records[2].fields.at(1), u"Siti \"Ani\" Rahma"_s);
        QCOMPARE(records[2].line, 4); // the quoted line break took line 3
        QCOMPARE(records[2].row, 3);
        // The blank line is skipped but keeps its row, as a spreadsheet shows it.
        QCOMPARE(records[3].fields.at(2), u"a;b"_s);
        QCOMPARE(records[3].line, 6);
        QCOMPARE(records[3].row, 5);
    }

    void crlf()
    {
        CsvReader reader;
        QVERIFY(reader.open(fixture(u"crlf.csv"_s)).ok());
        const QList<Record> records = readAll(reader);
        QCOMPARE(records.size(), 4);
        QCOMPARE(records[1].fields.at(2), u"satu\ndua"_s);
        QCOMPARE(records[2].fields, QStringList({u"198703152010121002"_s, u"Siti"_s, QString()}));
        QCOMPARE(records[2].line, 4);
        QCOMPARE(records[3].fields.at(2), u"akhir"_s); // last record without a line end
        QCOMPARE(records[3].line, 5);
        QCOMPARE(records[3].row, 4);
    }

    void emptyFile()
    {
        CsvReader reader;
        const netra::Status status = reader.open(fixture(u"empty.csv"_s));
        QVERIFY(!status.ok());
        QCOMPARE(status.error().kind, ErrorKind::Invalid);
        QVERIFY(status.error().message.contains(u"empty"_s));
    }

    void blankLinesOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"blank.csv"_s);
        QVERIFY(writeBytes(path, "\xEF\xBB\xBF\r\n  \r\n\t\n"));
        CsvReader reader;
        const netra::Status status = reader.open(path);
        QVERIFY(!status.ok());
        QCOMPARE(status.error().kind, ErrorKind::Invalid);
    }

    void binaryFile()
    {
        CsvReader reader;
        const netra::Status status = reader.open(fixture(u"binary.csv"_s));
        QVERIFY(!status.ok());
        QCOMPARE(status.error().kind, ErrorKind::Invalid);
        QVERIFY(status.error().message.contains(u"not a CSV file"_s));
    }

    void unreadableFile()
    {
        CsvReader reader;
        const netra::Status missing = reader.open(fixture(u"no-such-file.csv"_s));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind, ErrorKind::File);
        QVERIFY(missing.error().message.contains(u"no-such-file.csv"_s));

        const netra::Status directory = reader.open(QStringLiteral(NETRA_TEST_DATA "/io"));
        QVERIFY(!directory.ok());
        QCOMPARE(directory.error().kind, ErrorKind::File);
    }

    void unterminatedQuote()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"open-quote.csv"_s);
        QVERIFY(writeBytes(path, "a,b\n1,2\n3,\"never closed\n4,5\n"));
        CsvReader reader;
        QVERIFY(reader.open(path).ok());
        const QList<Record> records = readAll(reader);
        QCOMPARE(records.size(), 2);
        QVERIFY(!reader.status().ok());
        QCOMPARE(reader.status().error().kind, ErrorKind::Invalid);
        QVERIFY(reader.status().error().message.contains(u"line 3"_s));
    }

    void utf16WithBom()
    {
        // Excel's "Unicode Text": UTF-16LE with BOM, tab separated.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"unicode.txt"_s);
        const QString text = u"nip\tnama\n197001011995031001\tD\u00e9sa\n"_s;
        QByteArray bytes("\xFF\xFE");
        bytes.append(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
        QVERIFY(writeBytes(path, bytes));
        CsvReader reader;
        QVERIFY(reader.open(path).ok());
        QCOMPARE(reader.encoding(), CsvReader::Encoding::Utf16LE);
        QCOMPARE(reader.delimiter(), QLatin1Char('\t'));
        const QList<Record> records = readAll(reader);
        QCOMPARE(records.size(), 2);
        QCOMPARE(records[1].fields.at(1), u"D\u00e9sa"_s);
    }

    void largeFileAcrossChunks()
    {
        // Several 64 KiB chunks: multi-byte characters and quoted fields cut by chunk edges.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"large.csv"_s);
        QByteArray bytes = "no;nama;catatan\n";
        const int count = 10000;
        for (int i = 1; i <= count; ++i) {
            bytes += QByteArray::number(i) + ";D\xC3\xA9sa \xE2\x82\xAC" + QByteArray::number(i)
                + ";\"baris\n\"\"" + QByteArray::number(i) + "\"\";x\"\n";
        }
        QVERIFY(bytes.size() > 4 * 64 * 1024);
        QVERIFY(writeBytes(path, bytes));
        CsvReader reader;
        QVERIFY(reader.open(path).ok());
        QCOMPARE(reader.encoding(), CsvReader::Encoding::Utf8);
        const QList<Record> records = readAll(reader);
        QVERIFY(reader.status().ok());
        QCOMPARE(records.size(), count + 1);
        for (int i = 1; i <= count; ++i) {
            const Record& r = records.at(i);
            QCOMPARE(r.fields.size(), 3);
            QCOMPARE(r.fields.at(1), u"D\u00e9sa \u20ac"_s + QString::number(i));
            QCOMPARE(r.fields.at(2), u"baris\n\""_s + QString::number(i) + u"\";x"_s);
            QCOMPARE(r.row, i + 1);
            QCOMPARE(r.line, 2 * i);
        }
    }

    void windows1252AfterFirstChunk()
    {
        // The one non-UTF-8 byte comes late: the encoding is still decided for the whole file.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"late.csv"_s);
        QByteArray bytes = "nip,desa\n";
        while (bytes.size() < 200 * 1024)
            bytes += "197001011995031001,Sukamaju\n";
        bytes += "198703152010121002,D\xE9sa\n";
        QVERIFY(writeBytes(path, bytes));
        CsvReader reader;
        QVERIFY(reader.open(path).ok());
        QCOMPARE(reader.encoding(), CsvReader::Encoding::Windows1252);
        Record last;
        for (const Record& r : readAll(reader))
            last = r;
        QCOMPARE(last.fields.at(1), u"D\u00e9sa"_s);
    }

    void writerQuotesOnlyWhenNeeded()
    {
        QCOMPARE(CsvWriter::quoted(u"plain"_s), u"plain"_s);
        QCOMPARE(CsvWriter::quoted(u"2026-11-22"_s), u"2026-11-22"_s);
        QCOMPARE(CsvWriter::quoted(u"a,b"_s), u"\"a,b\""_s);
        QCOMPARE(CsvWriter::quoted(u"say \"hi\""_s), u"\"say \"\"hi\"\"\""_s);
        QCOMPARE(CsvWriter::quoted(u"two\nlines"_s), u"\"two\nlines\""_s);
        QCOMPARE(CsvWriter::quoted(u"cr\r"_s), u"\"cr\r\""_s);
        QCOMPARE(CsvWriter::quoted(u" lead"_s), u"\" lead\""_s);
        QCOMPARE(CsvWriter::quoted(u"trail "_s), u"\"trail \""_s);
        QCOMPARE(CsvWriter::quoted(u"a;b"_s), u"a;b"_s);
        QCOMPARE(CsvWriter::quoted(u"a;b"_s, QLatin1Char(';')), u"\"a;b\""_s);
        QCOMPARE(CsvWriter::quoted(QString()), QString());
    }

    void writerBytesAreUtf8WithoutBom()
    {
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        {
            CsvWriter writer(&buffer);
            writer.writeHeader({u"nip"_s, u"desa"_s});
            writer.writeRow({u"197001011995031001"_s, u"D\u00e9sa, Sukamaju"_s});
            QVERIFY(writer.finish().ok());
        }
        QCOMPARE(buffer.data(),
                 QByteArray("nip,desa\n197001011995031001,\"D\xC3\xA9sa, Sukamaju\"\n"));
    }

    void writerRoundTripsThroughReader()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"round.csv"_s);
        const QList<QStringList> rows = {
            {u"nip"_s, u"nama"_s, u"catatan"_s},
            {u"197001011995031001"_s, u"Siti \"Ani\""_s, u"baris\ndua"_s},
            {u"198703152010121002"_s, u" spasi "_s, u"a,b;c\td"_s},
        };
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            CsvWriter writer(&file);
            for (const QStringList& row : rows)
                writer.writeRow(row);
            QVERIFY(writer.finish().ok());
        }
        CsvReader reader;
        QVERIFY(reader.open(path).ok());
        const QList<Record> records = readAll(reader);
        QCOMPARE(records.size(), rows.size());
        for (qsizetype i = 0; i < rows.size(); ++i)
            QCOMPARE(records.at(i).fields, rows.at(i));
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "TestCsv.moc"
