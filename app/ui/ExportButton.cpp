// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportButton.h"

#include <QEvent>

namespace netra {

ExportButton::ExportButton(QWidget* parent) : QPushButton(parent)
{
    retranslate();
}

void ExportButton::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QPushButton::changeEvent(event);
}

void ExportButton::retranslate()
{
    setText(tr("E&xport…"));
    setToolTip(tr("Save this list, as it is filtered, as an Excel workbook or CSV"));
}

} // namespace netra
