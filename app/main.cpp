// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/AppIdentity.h"
#include "core/Translations.h"
#include "ui/MainWindow.h"

#include <QApplication>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    netra::applyAppIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Netra"));
    netra::Translations::install(netra::Translations::configuredLanguage());

    netra::MainWindow window;
    window.show();
    if (!window.startUp())
        return 0;
    return app.exec();
}
