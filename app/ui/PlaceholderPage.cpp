// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlaceholderPage.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace netra {

PlaceholderPage::PlaceholderPage(std::function<QString()> title, QWidget* parent)
    : Page(parent)
    , m_title(std::move(title))
    , m_heading(new QLabel(this))
    , m_notice(new QLabel(this))
{
    m_heading->setObjectName(QStringLiteral("placeholderHeading"));
    m_notice->setObjectName(QStringLiteral("placeholderNotice"));
    QFont font = m_heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    m_heading->setFont(font);
    m_notice->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_notice);
    layout->addStretch();
    retranslate();
}

void PlaceholderPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    Page::changeEvent(event);
}

void PlaceholderPage::retranslate()
{
    m_heading->setText(m_title());
    m_notice->setText(tr("This part of Netra is not built yet. It will arrive in a later version."));
}

} // namespace netra
