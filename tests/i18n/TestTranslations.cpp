// SPDX-License-Identifier: GPL-3.0-or-later
// Indonesian is the default UI language: its catalogue must be complete and must match the
// strings in the sources, or users meet English in the middle of an Indonesian screen.
#include "core/Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace netra;

class TestTranslations : public QObject {
    Q_OBJECT

private:
    static QByteArray read(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // Runs lupdate with the options of the netra_update_translations target on a copy.
    static QByteArray refreshed(const QString& catalogue, const QStringList& extra)
    {
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("copy.ts"));
        if (!QFile::copy(catalogue, copy))
            return {};
        QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(NETRA_SOURCE_DIR));
        lupdate.start(QStringLiteral(NETRA_LUPDATE),
                      QStringList{QStringLiteral("app"), QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                                  QStringLiteral("none"), QStringLiteral("-no-ui-lines"), QStringLiteral("-silent")}
                          + extra + QStringList{QStringLiteral("-ts"), copy});
        if (!lupdate.waitForFinished(120000) || lupdate.exitCode() != 0)
            return {};
        return read(copy);
    }

private Q_SLOTS:
    void indonesianIsComplete()
    {
        const QByteArray ts = read(QStringLiteral(NETRA_SOURCE_DIR "/resources/translations/netra_id.ts"));
        QVERIFY(!ts.isEmpty());
        QCOMPARE(ts.count("type=\"unfinished\""), 0);
        QCOMPARE(ts.count("<translation></translation>"), 0);
        QVERIFY(ts.count("<message") > 100);
    }

    void indonesianMatchesSources()
    {
        const QString path = QStringLiteral(NETRA_SOURCE_DIR "/resources/translations/netra_id.ts");
        const QByteArray updated = refreshed(path, {});
        QVERIFY2(!updated.isEmpty(), "lupdate failed");
        QVERIFY2(updated == read(path), "netra_id.ts is stale: run `ninja netra_update_translations` and translate the new strings");
    }

    void englishMatchesSources()
    {
        const QString path = QStringLiteral(NETRA_SOURCE_DIR "/resources/translations/netra_en.ts");
        const QByteArray updated = refreshed(path, {QStringLiteral("-pluralonly")});
        QVERIFY2(!updated.isEmpty(), "lupdate failed");
        QVERIFY2(updated == read(path), "netra_en.ts is stale: run `ninja netra_update_translations`");
    }

    void indonesianIsLoadedAndEnglishIsASetting()
    {
        QVERIFY(Translations::install(QStringLiteral("id")));
        QCOMPARE(Translations::installedLanguage(), QStringLiteral("id"));
        const QString source = QStringLiteral("Unknown setting \"%1\".");
        const QString indonesian = QCoreApplication::translate("SettingsCatalog", "Unknown setting \"%1\".");
        QVERIFY(indonesian != source);
        QVERIFY(!indonesian.isEmpty());

        QVERIFY(Translations::install(QStringLiteral("en")));
        QCOMPARE(QCoreApplication::translate("SettingsCatalog", "Unknown setting \"%1\"."), source);
    }

    void defaultLanguageIsIndonesian()
    {
        qunsetenv("NETRA_LANG");
        QCoreApplication::setOrganizationName(QStringLiteral("netra-test-%1").arg(QCoreApplication::applicationPid()));
        QCOMPARE(Translations::configuredLanguage(), QStringLiteral("id"));
        qputenv("NETRA_LANG", "en");
        QCOMPARE(Translations::configuredLanguage(), QStringLiteral("en"));
        qunsetenv("NETRA_LANG");
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
