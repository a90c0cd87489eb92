// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/AppIdentity.h"
#include "core/Translations.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    netra::applyAppIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Netra"));
    netra::Translations::install(netra::Translations::configuredLanguage());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Netra: neutrality of civil servants around elections"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    netra::MainWindow window;
    window.show();
    if (!window.startUp())
        return 0;
    return app.exec();
}
