// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Letterhead.h"

#include <QImage>
#include <QWidget>

namespace netra {

// The top of a printed page with only the kop surat on it, painted by the same report code
// that prints, so what the clerk sees while typing is what the paper will show.
class LetterheadPreview : public QWidget {
    Q_OBJECT
public:
    explicit LetterheadPreview(QWidget* parent = nullptr);

    void setLetterhead(const Letterhead& letterhead);
    const QImage& image() const { return m_image; } // the last rendering, for tests

    QSize sizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void render();

    Letterhead m_letterhead;
    QImage m_image;
};

} // namespace netra
