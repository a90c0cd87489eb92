// SPDX-License-Identifier: GPL-3.0-or-later
#include "WrappedText.h"

#include <QPainter>
#include <QPointF>
#include <QTextLayout>
#include <QTextOption>

namespace netra {

WrappedText::WrappedText(const QString& text, const QFont& font, qreal width,
                         Qt::Alignment alignment)
    : m_width(width)
{
    QString content = text;
    content.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    content.replace(QLatin1Char('\n'), QChar::LineSeparator);

    m_layout = std::make_shared<QTextLayout>(content, font);
    QTextOption option(alignment & Qt::AlignHorizontal_Mask);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_layout->setTextOption(option);
    m_layout->setCacheEnabled(true);

    m_layout->beginLayout();
    qreal y = 0;
    for (QTextLine line = m_layout->createLine(); line.isValid(); line = m_layout->createLine()) {
        line.setLineWidth(width);
        // Leading included so that lines sit as far apart as in a word processor.
        line.setLeadingIncluded(true);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    m_layout->endLayout();
    m_height = y;
}

int WrappedText::lineCount() const
{
    return m_layout ? m_layout->lineCount() : 0;
}

qreal WrappedText::lineTop(int line) const
{
    return m_layout->lineAt(line).y();
}

qreal WrappedText::lineHeight(int line) const
{
    return m_layout->lineAt(line).height();
}

void WrappedText::paint(QPainter& painter, const QPointF& topLeft) const
{
    if (m_layout)
        m_layout->draw(&painter, topLeft);
}

void WrappedText::paintLine(QPainter& painter, int line, const QPointF& lineTopLeft) const
{
    if (!m_layout)
        return;
    const QTextLine textLine = m_layout->lineAt(line);
    textLine.draw(&painter, lineTopLeft - QPointF(0, textLine.y()));
}

} // namespace netra
