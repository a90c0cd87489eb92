// SPDX-License-Identifier: GPL-3.0-or-later
// What an office installs: the install tree, the .deb and the desktop files, checked with
// the tools Debian itself uses. Under CI a missing tool is a failure, not a skip.
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestPackaging : public QObject {
    Q_OBJECT

private:
    struct Run {
        int code = -1;
        QString out;
        QString err;
    };

    static Run run(const QString& program, const QStringList& args, const QStringList& extraEnv = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString& pair : extraEnv)
            env.insert(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1));
        process.setProcessEnvironment(env);
        process.start(program, args);
        process.waitForFinished(540000);
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
    }

    static QString tool(const char* name)
    {
        const QString path = QStandardPaths::findExecutable(QString::fromLatin1(name));
        return path;
    }

    static bool requireTool(const char* name)
    {
        if (!tool(name).isEmpty())
            return true;
        if (qEnvironmentVariable("CI") == QLatin1String("true"))
            qFatal("%s is missing; tools/setup.sh installs it", name);
        return false;
    }

    // The installed netra-cli: version, a database, messages in both languages and the case
    // catalogue, which only works when translations and reference data travelled inside the
    // binary.
    static void checkInstalledCli(const QString& cli, const QString& workDir)
    {
        QVERIFY2(QFileInfo(cli).isExecutable(), qPrintable(cli));
        const Run version = run(cli, {QStringLiteral("--version")});
        QCOMPARE(version.code, 0);
        QCOMPARE(version.out.trimmed(), QStringLiteral("netra-cli " NETRA_VERSION));

        const QString db = workDir + QStringLiteral("/installed.sqlite");
        const Run english = run(cli, {QStringLiteral("--db"), db, QStringLiteral("init")}, {QStringLiteral("NETRA_LANG=en")});
        QCOMPARE(english.code, 0);
        QVERIFY(english.out.contains(QStringLiteral("is ready")));
        const Run indonesian = run(cli, {QStringLiteral("--db"), db, QStringLiteral("init")}, {QStringLiteral("NETRA_LANG=id")});
        QCOMPARE(indonesian.code, 0);
        QVERIFY2(!indonesian.out.contains(QStringLiteral("is ready")) && !indonesian.out.trimmed().isEmpty(),
                 qPrintable(indonesian.out));
        const Run units = run(cli, {QStringLiteral("--db"), db, QStringLiteral("unit"), QStringLiteral("list"),
                                    QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(units.code, 0);
        QCOMPARE(units.out.trimmed(), QStringLiteral("code,name,abbreviation,kind,parent_code,head_nip"));
        // The violation catalogue, reference data loaded by a migration from inside the binary.
        const Run kinds = run(cli, {QStringLiteral("--db"), db, QStringLiteral("case"), QStringLiteral("kinds"),
                                    QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(kinds.code, 0);
        const QStringList lines = kinds.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 18);
        QCOMPARE(lines.first(), QStringLiteral("code,label,sanction_class"));
        QVERIFY2(lines.at(1).startsWith(QStringLiteral("media_sosial,")), qPrintable(lines.at(1)));
    }

    // The installed window starts on a demo database and keeps running: it found its
    // translations, migrations and plugins from the install prefix.
    static void checkInstalledGui(const QString& netra, const QString& cli, const QString& workDir)
    {
        QVERIFY(QFileInfo(netra).isExecutable());
        const Run version = run(netra, {QStringLiteral("--version")}, {QStringLiteral("QT_QPA_PLATFORM=offscreen")});
        QCOMPARE(version.code, 0);
        QVERIFY2(version.out.contains(QStringLiteral(NETRA_VERSION)), qPrintable(version.out));

        const QString db = workDir + QStringLiteral("/window.sqlite");
        QCOMPARE(run(cli, {QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--staff"), QStringLiteral("300")}).code, 0);
        QProcess window;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("NETRA_DB"), db);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), workDir + QStringLiteral("/config"));
        window.setProcessEnvironment(env);
        window.start(netra, {});
        QVERIFY(window.waitForStarted());
        QVERIFY2(!window.waitForFinished(3000), qPrintable(QString::fromUtf8(window.readAllStandardError())));
        window.kill();
        window.waitForFinished();
    }

private Q_SLOTS:
    void installTreeFollowsXdg()
    {
        QTemporaryDir prefix;
        const Run install = run(QStringLiteral(NETRA_CMAKE),
                                {QStringLiteral("--install"), QStringLiteral(NETRA_BUILD_DIR), QStringLiteral("--prefix"), prefix.path()});
        QVERIFY2(install.code == 0, qPrintable(install.err));
        QVERIFY(QFileInfo::exists(prefix.filePath(QStringLiteral("share/man/man1/netra-cli.1"))));
        checkInstalledCli(prefix.filePath(QStringLiteral("bin/netra-cli")), prefix.path());

        if (!NETRA_WITH_GUI)
            return;
        checkInstalledGui(prefix.filePath(QStringLiteral("bin/netra")), prefix.filePath(QStringLiteral("bin/netra-cli")), prefix.path());
        for (const char* size : {"48x48", "128x128", "256x256"})
            QVERIFY(QFileInfo::exists(prefix.filePath(QStringLiteral("share/icons/hicolor/%1/apps/id.netra.Netra.png").arg(QLatin1String(size)))));
        QVERIFY(QFileInfo::exists(prefix.filePath(QStringLiteral("share/icons/hicolor/scalable/apps/id.netra.Netra.svg"))));
        QVERIFY(QFileInfo::exists(prefix.filePath(QStringLiteral("share/mime/packages/netra-data.xml"))));

        if (requireTool("desktop-file-validate")) {
            const Run desktop = run(tool("desktop-file-validate"), {prefix.filePath(QStringLiteral("share/applications/id.netra.Netra.desktop"))});
            QVERIFY2(desktop.code == 0 && desktop.out.trimmed().isEmpty(), qPrintable(desktop.out + desktop.err));
        }
        if (requireTool("appstreamcli")) {
            const Run metainfo = run(tool("appstreamcli"), {QStringLiteral("validate"), QStringLiteral("--no-net"),
                                                           prefix.filePath(QStringLiteral("share/metainfo/id.netra.Netra.metainfo.xml"))});
            QVERIFY2(metainfo.code == 0, qPrintable(metainfo.out + metainfo.err));
        }
    }

    void debianPackage()
    {
        if (!requireTool("dpkg-deb") || !requireTool("dpkg-shlibdeps"))
            QSKIP("dpkg-dev is not installed");
        QTemporaryDir out;
        const Run cpack = run(QStringLiteral(NETRA_CPACK),
                              {QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("--config"),
                               QStringLiteral(NETRA_BUILD_DIR "/CPackConfig.cmake"), QStringLiteral("-B"), out.path()});
        QVERIFY2(cpack.code == 0, qPrintable(cpack.out + cpack.err));
        const QStringList debs = QDir(out.path()).entryList({QStringLiteral("netra_*.deb")}, QDir::Files);
        QCOMPARE(debs.size(), 1);
        const QString deb = out.filePath(debs.constFirst());
        QVERIFY(debs.constFirst().startsWith(QStringLiteral("netra_" NETRA_VERSION "_")));

        const Run contents = run(tool("dpkg-deb"), {QStringLiteral("-c"), deb});
        QCOMPARE(contents.code, 0);
        QVERIFY(contents.out.contains(QStringLiteral("./usr/bin/netra-cli")));
        QVERIFY(contents.out.contains(QStringLiteral("./usr/share/man/man1/netra-cli.1")));
        if (NETRA_WITH_GUI) {
            QVERIFY(contents.out.contains(QStringLiteral("./usr/bin/netra\n")));
            QVERIFY(contents.out.contains(QStringLiteral("./usr/share/applications/id.netra.Netra.desktop")));
            QVERIFY(contents.out.contains(QStringLiteral("./usr/share/metainfo/id.netra.Netra.metainfo.xml")));
        }
        QVERIFY(!contents.out.contains(QStringLiteral("/build/")));
        if (NETRA_WITH_GUI)
            for (const char* size : {"48x48", "128x128", "256x256"})
                QVERIFY(contents.out.contains(QStringLiteral("./usr/share/icons/hicolor/%1/apps/id.netra.Netra.png").arg(QLatin1String(size))));

        // Runtime dependencies come from dpkg-shlibdeps, not from a hand-kept list.
        const Run depends = run(tool("dpkg-deb"), {QStringLiteral("-f"), deb, QStringLiteral("Depends")});
        QCOMPARE(depends.code, 0);
        for (const char* library : {"libqt6core6", "libqt6sql6", "libqt6gui6", "libc6"})
            QVERIFY2(depends.out.contains(QLatin1String(library)), qPrintable(depends.out));
        for (const char* plugin : {"libqt6sql6-sqlite", "qt6-qpa-plugins", "libxlsxwriter4"})
        QVERIFY2(depends.out.contains(QLatin1String(plugin)), qPrintable(depends.out));
        const Run description = run(tool("dpkg-deb"), {QStringLiteral("-f"), deb, QStringLiteral("Description")});
        QVERIFY(description.out.contains(QStringLiteral("Netra mencatat sosialisasi")));

        QTemporaryDir root;
        const Run unpack = run(tool("dpkg-deb"), {QStringLiteral("-x"), deb, root.path()});
        QCOMPARE(unpack.code, 0);
        checkInstalledCli(root.filePath(QStringLiteral("usr/bin/netra-cli")), root.path());
        if (NETRA_WITH_GUI)
            checkInstalledGui(root.filePath(QStringLiteral("usr/bin/netra")), root.filePath(QStringLiteral("usr/bin/netra-cli")),
                              root.path());
    }
};

QTEST_GUILESS_MAIN(TestPackaging)
#include "TestPackaging.moc"
