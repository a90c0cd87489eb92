// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cli.h"

#include "core/AppIdentity.h"
#include "core/Translations.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char* argv[])
{
    // The CLI needs no display, but PDF output needs a QGuiApplication and so a platform plugin.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#ifdef Q_OS_LINUX
    // Without a desktop session (cron, ssh, CI) there is no runtime folder; give Qt a private
    // one instead of a warning on every run.
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QByteArray runtime = QDir::tempPath().toLocal8Bit() + "/runtime-" + qgetenv("USER");
        QDir().mkpath(QString::fromLocal8Bit(runtime));
        QFile::setPermissions(QString::fromLocal8Bit(runtime), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", runtime);
    }
#endif
    // Qt's own arguments are not ours to take: QGuiApplication would swallow `--session ID`
    // (X11 session management) and `-platform`. It sees only the program name; the command
    // line goes to the Cli untouched.
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.push_back(QString::fromLocal8Bit(argv[i]));
    int qtArgc = 1;
    QGuiApplication app(qtArgc, argv);
    netra::applyAppIdentity();
    netra::Translations::install(netra::Translations::configuredLanguage());

    QTextStream out(stdout);
    QTextStream err(stderr);
    netra::SystemClock clock;
    return netra::Cli().run(arguments, out, err, clock);
}
