// SPDX-License-Identifier: GPL-3.0-or-later
// Qt has no Indonesian catalogue of its own; Netra's (app/ui/QtStrings.cpp in Qt's contexts)
// must answer Qt's lookups for the standard buttons.
#include "core/Translations.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QTest>

using namespace netra;
using namespace Qt::StringLiterals;

class TestQtTranslations : public QObject {
    Q_OBJECT

private slots:
    void standardButtonsSpeakIndonesian();
    void englishKeepsQtsOwnText();
};

void TestQtTranslations::standardButtonsSpeakIndonesian()
{
    QVERIFY(Translations::install(u"id"_s));
    QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Save);
    QCOMPARE(box.button(QDialogButtonBox::Ok)->text(), u"OK"_s);
    QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), u"Batal"_s);
    QCOMPARE(box.button(QDialogButtonBox::Save)->text(), u"Simpan"_s);
}

void TestQtTranslations::englishKeepsQtsOwnText()
{
    QVERIFY(Translations::install(u"en"_s));
    QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), u"Cancel"_s);
}

QTEST_MAIN(TestQtTranslations)
#include "TestQtTranslations.moc"
