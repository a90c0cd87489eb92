// SPDX-License-Identifier: GPL-3.0-or-later
// The Pengaturan page offscreen: every setting kind has its editor, and a save is all or nothing.
#include "UiTestSupport.h"

#include "core/Translations.h"
#include "store/Database.h"
#include "store/SettingsRepository.h"
#include "ui/SettingsPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace netra;
using namespace Qt::StringLiterals;

class TestSettingsPage : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void regionSettingsSave();
    void aRefusedValueSavesNothing();

private:
    std::unique_ptr<Database> open();
    QTemporaryDir m_dir;
    int m_files = 0;
};

void TestSettingsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(Translations::install(u"en"_s));
}

std::unique_ptr<Database> TestSettingsPage::open()
{
    Database::Options options;
    options.create = true;
    auto db = Database::open(m_dir.filePath(u"netra%1.sqlite"_s.arg(++m_files)), options);
    return db ? std::move(*db) : nullptr;
}

void TestSettingsPage::regionSettingsSave()
{
    auto db = open();
    QVERIFY(db);
    SettingsPage page;
    page.setDatabase(db.get());
    auto* zone = page.findChild<QComboBox*>(u"setting_region_time_zone"_s);
    auto* pppk = page.findChild<QCheckBox*>(u"setting_nip_pppk_code_check"_s);
    auto* cc = page.findChild<QPlainTextEdit*>(u"setting_report_cc"_s);
    QVERIFY(zone && pppk && cc);
    QCOMPARE(zone->currentText(), u"WIB"_s); // the default
    QVERIFY(pppk->isChecked());
    zone->setCurrentIndex(zone->findText(u"WITA"_s));
    pppk->setChecked(false);
    cc->setPlainText(u"Bupati Sukamaju\nInspektur Daerah"_s);
    page.findChild<QPushButton*>(u"settingsSave"_s)->click();
    SettingsRepository settings(*db);
    QCOMPARE(*settings.value(u"region.time_zone"_s), u"WITA"_s);
    QCOMPARE(*settings.value(u"nip.pppk_code_check"_s), u"false"_s);
    QCOMPARE(settings.regionTime().offsetSeconds(), 8 * 3600);
    QVERIFY(settings.value(u"report.cc"_s)->contains(u"Inspektur Daerah"_s));
}

void TestSettingsPage::aRefusedValueSavesNothing()
{
    auto db = open();
    QVERIFY(db);
    SettingsPage page;
    page.setDatabase(db.get());
    page.findChild<QComboBox*>(u"setting_region_time_zone"_s)->setCurrentIndex(2); // WIT
    page.findChild<QLineEdit*>(u"setting_signatory_nip"_s)->setText(u"12345"_s); // not a NIP
    page.findChild<QPushButton*>(u"settingsSave"_s)->click();
    QCOMPARE(*SettingsRepository(*db).value(u"region.time_zone"_s), u"WIB"_s);
    QCOMPARE(*SettingsRepository(*db).value(u"signatory.nip"_s), QString());
}

QTEST_MAIN(TestSettingsPage)
#include "TestSettingsPage.moc"
