// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QString>

#include <memory>

class QPainter;
class QPointF;
class QTextLayout;

namespace netra {

// A piece of text broken into lines for a given width, measured once and painted as
// measured. Copies share the layout; '\n' starts a new line; a word longer than the width
// breaks anywhere (a NIP in a narrow column).
class WrappedText {
public:
    WrappedText() = default;
    WrappedText(const QString& text, const QFont& font, qreal width,
                Qt::Alignment alignment = Qt::AlignLeft);

    qreal width() const { return m_width; }
    qreal height() const { return m_height; }
    int lineCount() const;
    qreal lineTop(int line) const;
    qreal lineHeight(int line) const;

    void paint(QPainter& painter, const QPointF& topLeft) const;
    // Paints one line with its top at `lineTopLeft`, for text that flows over pages.
    void paintLine(QPainter& painter, int line, const QPointF& lineTopLeft) const;

private:
    std::shared_ptr<QTextLayout> m_layout;
    qreal m_width = 0;
    qreal m_height = 0;
};

} // namespace netra
