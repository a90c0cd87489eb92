// SPDX-License-Identifier: GPL-3.0-or-later
// The Pengaturan page offscreen: every setting kind has its editor, and a save is all or nothing.
#include "UiTestSupport.h"

#include "core/PledgeText.h"
#include "core/Translations.h"
#include "store/Database.h"
#include "store/SettingsRepository.h"
#include "ui/SettingsPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
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
    void caseDeadlineSettingsSave();
    void pledgeWordingRestores();

private:
    std::unique_ptr<Database> open();
    QTemporaryDir m_dir;
    int m_files = 0;
};

void TestSettingsPage::initTestCase()
{
    QVERIFY(netra::test::prepareUiTests());
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

void TestSettingsPage::caseDeadlineSettingsSave()
{
    auto db = open();
    QVERIFY(db);
    SettingsPage page;
    page.setDatabase(db.get());
    auto* days = page.findChild<QSpinBox*>(u"setting_case_followup_days"_s);
    auto* dayKind = page.findChild<QComboBox*>(u"setting_case_day_kind"_s);
    auto* holidays = page.findChild<QPlainTextEdit*>(u"setting_case_holidays"_s);
    QVERIFY(days && dayKind && holidays);
    QCOMPARE(days->value(), 14); // the default
    QCOMPARE(dayKind->currentText(), u"Working days"_s);
    days->setValue(10);
    holidays->setPlainText(u"2026-12-25\n2026-12-24"_s);
    QVERIFY(page.save());
    SettingsRepository settings(*db);
    QCOMPARE(*settings.value(u"case.followup_days"_s), u"10"_s);
    QCOMPARE(*settings.value(u"case.holidays"_s), u"2026-12-24\n2026-12-25"_s);
    const FollowUpRule rule = settings.followUpRule();
    QCOMPARE(rule.days, 10);
    QVERIFY(rule.holidays.contains(QDate(2026, 12, 25)));

    // A date that is not one is refused, and with it the rest of the save.
    days->setValue(20);
    dayKind->setCurrentIndex(dayKind->findData(u"kalender"_s));
    QCOMPARE(dayKind->currentText(), u"Calendar days"_s);
    holidays->setPlainText(u"2026-12-25\n2026-13-01"_s);
    QVERIFY(!page.save());
    QVERIFY2(page.findChild<QLabel*>(u"settingsMessage"_s)->text().contains(u"2026-13-01"_s),
             qPrintable(page.findChild<QLabel*>(u"settingsMessage"_s)->text()));
    QCOMPARE(*settings.value(u"case.followup_days"_s), u"10"_s);
    QCOMPARE(*settings.value(u"case.day_kind"_s), u"kerja"_s);
    QCOMPARE(*settings.value(u"case.holidays"_s), u"2026-12-24\n2026-12-25"_s);
}

void TestSettingsPage::pledgeWordingRestores()
{
    auto db = open();
    QVERIFY(db);
    SettingsPage page;
    page.setDatabase(db.get());
    auto* ikrar = page.findChild<QPlainTextEdit*>(u"setting_pledge_ikrar_text"_s);
    auto* restore = page.findChild<QPushButton*>(u"setting_pledge_ikrar_text_restore"_s);
    auto* meterai = page.findChild<QCheckBox*>(u"setting_pledge_pakta_meterai"_s);
    QVERIFY(ikrar && restore && meterai && page.findChild<QPlainTextEdit*>(u"setting_pledge_pakta_text"_s));
    // The standard wording is shown, and stays stored as empty (it follows the built-in text).
    QCOMPARE(ikrar->toPlainText(), PledgeText::defaultText(PledgeKind::Ikrar));
    ikrar->setPlainText(u"IKRAR\n\nKami setia.\n1. Netral."_s);
    meterai->setChecked(true);
    QVERIFY(page.save());
    SettingsRepository settings(*db);
    QVERIFY(settings.value(u"pledge.ikrar_text"_s)->startsWith(u"IKRAR"_s));
    QCOMPARE(*settings.value(u"pledge.pakta_meterai"_s), u"true"_s);
    restore->click();
    QCOMPARE(ikrar->toPlainText(), PledgeText::defaultText(PledgeKind::Ikrar));
    QVERIFY(page.save());
    QCOMPARE(*settings.value(u"pledge.ikrar_text"_s), QString());
}

QTEST_MAIN(TestSettingsPage)
#include "TestSettingsPage.moc"
