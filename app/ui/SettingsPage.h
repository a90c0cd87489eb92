// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Page.h"

#include <QHash>
#include <QList>

class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QWidget;

namespace netra {

class LetterheadPreview;

// Pengaturan: the kop surat and the signatory as SettingsCatalog knows them, with a live
// preview of the letterhead, the deadline for following up a recommendation, the wording of
// the pledge forms, and the language of the screens.
class SettingsPage : public Page {
    Q_OBJECT
public:
    explicit SettingsPage(QWidget* parent = nullptr);

    QString title() const override { return tr("Settings"); }
    void setDatabase(Database* db) override;
    void refresh() override;

    bool save(); // false when a value was refused; the reason is shown

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Field {
        QString key;
        QLabel* label = nullptr;
        QWidget* editor = nullptr; // QLineEdit, QPlainTextEdit, QComboBox, QCheckBox or QSpinBox
    };

    void addField(const QString& key, QWidget* group, QFormLayout* form);
    void addRestoreButton(const QString& key, QWidget* group, QFormLayout* form);
    QString fieldText(const Field& field) const;
    void setFieldText(const Field& field, const QString& text);
    QHash<QString, QString> values() const;
    void updatePreview();
    void chooseLanguage(int index);
    void retranslate();

    Database* m_db = nullptr;
    QList<Field> m_fields;
    QGroupBox* m_letterheadGroup;
    QGroupBox* m_signatoryGroup;
    QGroupBox* m_regionGroup;
    QGroupBox* m_caseGroup;
    QGroupBox* m_pledgeGroup;
    QList<QPushButton*> m_restoreButtons; // one per pledge wording, in PledgeKind order
    QGroupBox* m_languageGroup;
    QLabel* m_languageLabel;
    QComboBox* m_language;
    QPushButton* m_browseLogo;
    QPushButton* m_save;
    QLabel* m_message;
    QLabel* m_previewLabel;
    LetterheadPreview* m_preview;
};

} // namespace netra
