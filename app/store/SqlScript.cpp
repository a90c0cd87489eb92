// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlScript.h"

#include <QRegularExpression>

namespace netra {

namespace {

bool isTriggerStart(const QString& statement)
{
    static const QRegularExpression trigger(QStringLiteral("^\\s*CREATE\\s+(TEMP\\s+|TEMPORARY\\s+)?TRIGGER\\b"),
                                            QRegularExpression::CaseInsensitiveOption);
    return trigger.match(statement).hasMatch();
}

// The body ends at the END that closes its BEGIN: a CASE ... END inside it nests, and words
// inside quotes do not count.
bool endsTriggerBody(const QString& statement)
{
    static const QRegularExpression quoted(QStringLiteral("'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\""));
    static const QRegularExpression keyword(QStringLiteral("\\b(BEGIN|CASE|END)\\b"), QRegularExpression::CaseInsensitiveOption);
    QString bare = statement;
    bare.replace(quoted, QStringLiteral(" "));
    int depth = 0;
    bool begun = false;
    for (auto it = keyword.globalMatch(bare); it.hasNext();) {
        const QString word = it.next().captured(1);
        if (word.compare(QLatin1String("END"), Qt::CaseInsensitive) == 0) {
            --depth;
        } else {
            ++depth;
            begun = begun || word.compare(QLatin1String("BEGIN"), Qt::CaseInsensitive) == 0;
        }
    }
    return begun && depth <= 0;
}

} // namespace

QStringList SqlScript::split(const QString& script)
{
    QStringList statements;
    QString current;
    const qsizetype n = script.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = script.at(i);
        const QChar next = i + 1 < n ? script.at(i + 1) : QChar();
        if (c == QLatin1Char('-') && next == QLatin1Char('-')) {
            while (i < n && script.at(i) != QLatin1Char('\n'))
                ++i;
            current += QLatin1Char('\n');
            continue;
        }
        if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
            const qsizetype close = script.indexOf(QLatin1String("*/"), i + 2);
            i = close < 0 ? n : close + 1;
            current += QLatin1Char(' ');
            continue;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            qsizetype j = i + 1;
            while (j < n) {
                if (script.at(j) == c) {
                    if (j + 1 < n && script.at(j + 1) == c) {
                        j += 2;
                        continue;
                    }
                    break;
                }
                ++j;
            }
            current += script.mid(i, j - i + 1);
            i = j;
            continue;
        }
        if (c == QLatin1Char(';')) {
            const QString trimmed = current.trimmed();
            if (isTriggerStart(trimmed) && !endsTriggerBody(trimmed)) {
                current += c;
                continue;
            }
            if (!trimmed.isEmpty())
                statements << trimmed;
            current.clear();
            continue;
        }
        current += c;
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

} // namespace netra
