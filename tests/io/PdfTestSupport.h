// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reading written PDFs back with poppler-utils (pdftotext, pdfinfo) for the report tests.

#include <QProcess>
#include <QRegularExpression>
#include <QSizeF>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTest>

// The PDF is checked with poppler-utils; CI must have them, a developer machine may not.
#define NETRA_REQUIRE_TOOL(var, name)                                                    \
    const QString var = QStandardPaths::findExecutable(QStringLiteral(name));            \
    if (var.isEmpty()) {                                                                 \
        if (qEnvironmentVariable("CI") == QLatin1String("true"))                         \
            QFAIL(name " (poppler-utils) is required on CI");                           \
        QSKIP(name " (poppler-utils) is not installed");                                \
    }

namespace netra::test {

// The tool's standard output; empty when it failed.
inline QString runTool(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return QString();
    return QString::fromUtf8(process.readAllStandardOutput());
}

enum class PdfText { Layout, Simplified };

// One string per page, from pdftotext -layout; Simplified makes every run of white space one
// space, so justified lines and the layout's columns read as plain sentences.
inline QStringList pdfPages(const QString& pdftotext, const QString& pdf, PdfText form = PdfText::Simplified)
{
    QStringList pages = runTool(pdftotext, {QStringLiteral("-layout"), pdf, QStringLiteral("-")}).split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    if (form == PdfText::Simplified)
        for (QString& page : pages)
            page = page.simplified();
    return pages;
}

// A field of pdfinfo's report ("Pages", "Page size", ...).
inline QString pdfInfo(const QString& pdfinfo, const QString& pdf, const QString& field)
{
    const QRegularExpression re(QStringLiteral("^") + field + QStringLiteral(":\\s+(.+)$"),
                                QRegularExpression::MultilineOption);
    return re.match(runTool(pdfinfo, {pdf})).captured(1).trimmed();
}

inline QSizeF pdfPageSize(const QString& pdfinfo, const QString& pdf)
{
    static const QRegularExpression re(QStringLiteral("Page size:\\s+([0-9.]+) x ([0-9.]+) pts"));
    const QRegularExpressionMatch m = re.match(runTool(pdfinfo, {pdf}));
    return m.hasMatch() ? QSizeF(m.captured(1).toDouble(), m.captured(2).toDouble()) : QSizeF();
}

} // namespace netra::test
