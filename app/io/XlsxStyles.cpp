// SPDX-License-Identifier: GPL-3.0-or-later
#include "XlsxStyles.h"

#include <QHash>
#include <QXmlStreamReader>

namespace netra {

bool XlsxStyles::isDateFormat(int numFmtId, const QString& formatCode)
{
    if (numFmtId >= 14 && numFmtId <= 22)
        return true;
    if (formatCode.isEmpty())
        return false;
    bool quoted = false;
    int bracket = 0;
    for (qsizetype i = 0; i < formatCode.size(); ++i) {
        const QChar c = formatCode.at(i);
        if (quoted) {
            quoted = c != QLatin1Char('"');
            continue;
        }
        if (c == QLatin1Char('"'))
            quoted = true;
        else if (c == QLatin1Char('\\') || c == QLatin1Char('_') || c == QLatin1Char('*'))
            ++i; // the next character is literal (or padding)
        else if (c == QLatin1Char('['))
            ++bracket;
        else if (c == QLatin1Char(']'))
            bracket = qMax(0, bracket - 1);
        else if (bracket == 0) {
            const QChar lower = c.toLower();
            if (lower == QLatin1Char('d') || lower == QLatin1Char('m') || lower == QLatin1Char('y'))
                return true;
        }
    }
    return false;
}

void XlsxStyles::read(QXmlStreamReader& xml)
{
    QHash<int, QString> customFormats;
    bool inCellXfs = false;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const QStringView name = xml.name();
            if (name == u"numFmt") {
                customFormats.insert(xml.attributes().value(QLatin1String("numFmtId")).toInt(),
                                     xml.attributes().value(QLatin1String("formatCode")).toString());
            } else if (name == u"cellXfs") {
                inCellXfs = true;
            } else if (name == u"xf" && inCellXfs) {
                const int id = xml.attributes().value(QLatin1String("numFmtId")).toInt();
                m_dateStyles.push_back(isDateFormat(id, customFormats.value(id)));
                xml.skipCurrentElement();
            }
        } else if (token == QXmlStreamReader::EndElement && xml.name() == u"cellXfs") {
            break;
        }
    }
}

} // namespace netra
