// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsPage.h"

#include "LetterheadPreview.h"

#include "core/FollowUpRule.h"
#include "core/Letterhead.h"
#include "core/PledgeText.h"
#include "core/SettingsCatalog.h"
#include "core/Translations.h"
#include "store/Database.h"
#include "store/SettingsRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

#include <optional>

namespace netra {

namespace {

const QStringList letterheadKeys{QStringLiteral("letterhead.government"), QStringLiteral("letterhead.office"),
                                 QStringLiteral("letterhead.address"), QStringLiteral("letterhead.logo")};
const QStringList signatoryKeys{QStringLiteral("signatory.place"), QStringLiteral("signatory.on_behalf"),
                                QStringLiteral("signatory.position"), QStringLiteral("signatory.name"),
                                QStringLiteral("signatory.rank"), QStringLiteral("signatory.nip")};

const QStringList regionKeys{QStringLiteral("region.time_zone"), QStringLiteral("nip.pppk_code_check"),
                             QStringLiteral("report.cc")};

const QStringList caseKeys{QStringLiteral("case.followup_days"), QStringLiteral("case.day_kind"),
                           QStringLiteral("case.holidays")};
const QStringList pledgeKeys{QStringLiteral("pledge.ikrar_text"), QStringLiteral("pledge.pakta_text"),
                             QStringLiteral("pledge.pakta_meterai")};

// The wording a pledge text setting holds, when the key is one.
std::optional<PledgeKind> pledgeTextKind(const QString& key)
{
    for (const PledgeKind kind : {PledgeKind::Ikrar, PledgeKind::Pakta})
        if (PledgeText::settingKey(kind) == key)
            return kind;
    return std::nullopt;
}

// What a choice is called on screen; the stored code where it needs no words.
QString choiceText(const QString& key, const QString& code)
{
    if (key == QLatin1String("case.day_kind")) {
        const auto kind = FollowUpRule::dayKindFromCode(code);
        if (kind == FollowUpRule::DayKind::Working)
            return SettingsPage::tr("Working days");
        if (kind == FollowUpRule::DayKind::Calendar)
            return SettingsPage::tr("Calendar days");
    }
    return code;
}

QString objectNameFor(const QString& key)
{
    QString name = QStringLiteral("setting_") + key;
    name.replace(QLatin1Char('.'), QLatin1Char('_'));
    return name;
}

} // namespace

SettingsPage::SettingsPage(QWidget* parent)
    : Page(parent)
    , m_letterheadGroup(new QGroupBox(this))
    , m_signatoryGroup(new QGroupBox(this))
    , m_regionGroup(new QGroupBox(this))
    , m_caseGroup(new QGroupBox(this))
    , m_pledgeGroup(new QGroupBox(this))
    , m_languageGroup(new QGroupBox(this))
    , m_languageLabel(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_browseLogo(new QPushButton(this))
    , m_save(new QPushButton(this))
    , m_message(new QLabel(this))
    , m_previewLabel(new QLabel(this))
    , m_preview(new LetterheadPreview(this))
{
    m_language->setObjectName(QStringLiteral("settingsLanguage"));
    m_save->setObjectName(QStringLiteral("settingsSave"));
    m_message->setObjectName(QStringLiteral("settingsMessage"));
    m_browseLogo->setObjectName(QStringLiteral("settingsBrowseLogo"));
    m_message->setWordWrap(true);

    auto* letterheadForm = new QFormLayout(m_letterheadGroup);
    for (const QString& key : letterheadKeys)
        addField(key, m_letterheadGroup, letterheadForm);
    letterheadForm->addRow(QString(), m_browseLogo);
    auto* signatoryForm = new QFormLayout(m_signatoryGroup);
    for (const QString& key : signatoryKeys)
        addField(key, m_signatoryGroup, signatoryForm);
    auto* regionForm = new QFormLayout(m_regionGroup);
    for (const QString& key : regionKeys)
        addField(key, m_regionGroup, regionForm);
    auto* caseForm = new QFormLayout(m_caseGroup);
    for (const QString& key : caseKeys)
        addField(key, m_caseGroup, caseForm);
    auto* pledgeForm = new QFormLayout(m_pledgeGroup);
    for (const QString& key : pledgeKeys) {
        addField(key, m_pledgeGroup, pledgeForm);
        if (pledgeTextKind(key))
            addRestoreButton(key, m_pledgeGroup, pledgeForm);
    }

    // Language names are written in their own language, so each is found whatever is shown.
    m_language->addItem(QStringLiteral("Bahasa Indonesia"), QStringLiteral("id"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(Translations::installedLanguage())));
    auto* languageForm = new QFormLayout(m_languageGroup);
    languageForm->addRow(m_languageLabel, m_language);

    auto* form = new QVBoxLayout;
    form->addWidget(m_letterheadGroup);
    form->addWidget(m_signatoryGroup);
    form->addWidget(m_regionGroup);
    form->addWidget(m_caseGroup);
    form->addWidget(m_pledgeGroup);
    form->addWidget(m_languageGroup);
    auto* saveRow = new QHBoxLayout;
    saveRow->addWidget(m_save);
    saveRow->addWidget(m_message, 1);
    form->addLayout(saveRow);
    form->addStretch();
    auto* formWidget = new QWidget(this);
    formWidget->setLayout(form);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(formWidget);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto* previewColumn = new QVBoxLayout;
    previewColumn->addWidget(m_previewLabel);
    previewColumn->addWidget(m_preview);
    previewColumn->addStretch();
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addLayout(previewColumn, 1);

    connect(m_language, &QComboBox::activated, this, &SettingsPage::chooseLanguage);
    connect(m_save, &QPushButton::clicked, this, &SettingsPage::save);
    connect(m_browseLogo, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Emblem of the letterhead"), QString(),
                                                          tr("Images (*.png *.jpg *.jpeg *.svg)"));
        if (path.isEmpty())
            return;
        for (const Field& field : std::as_const(m_fields))
            if (field.key == QLatin1String("letterhead.logo"))
                setFieldText(field, path);
    });
    retranslate();
    setDatabase(nullptr);
}

void SettingsPage::addField(const QString& key, QWidget* group, QFormLayout* form)
{
    const SettingsCatalog::Entry* entry = SettingsCatalog::find(key);
    const SettingsCatalog::Kind kind = entry ? entry->kind : SettingsCatalog::Kind::Text;
    Field field;
    field.key = key;
    field.label = new QLabel(group);
    if (kind == SettingsCatalog::Kind::Choice) {
        auto* box = new QComboBox(group);
        for (const QString& choice : entry->choices)
            box->addItem(choiceText(key, choice), choice);
        field.editor = box;
    } else if (kind == SettingsCatalog::Kind::Boolean) {
        field.editor = new QCheckBox(group);
    } else if (kind == SettingsCatalog::Kind::DayCount) {
        auto* spin = new QSpinBox(group);
        spin->setRange(1, 365); // SettingsCatalog's bounds
        field.editor = spin;
    } else if (kind == SettingsCatalog::Kind::MultiLine || kind == SettingsCatalog::Kind::DateList) {
        auto* edit = new QPlainTextEdit(group);
        edit->setTabChangesFocus(true);
        // A pledge's wording is a page of text; an address or a holiday list a few lines.
        const int lines = pledgeTextKind(key) ? 12 : 4;
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 12);
        connect(edit, &QPlainTextEdit::textChanged, this, &SettingsPage::updatePreview);
        field.editor = edit;
    } else {
        auto* edit = new QLineEdit(group);
        connect(edit, &QLineEdit::textChanged, this, &SettingsPage::updatePreview);
        field.editor = edit;
    }
    field.editor->setObjectName(objectNameFor(key));
    field.label->setBuddy(field.editor);
    form->addRow(field.label, field.editor);
    m_fields << field;
}

void SettingsPage::addRestoreButton(const QString& key, QWidget* group, QFormLayout* form)
{
    const Field field = m_fields.constLast();
    const PledgeKind kind = *pledgeTextKind(key);
    auto* button = new QPushButton(group);
    button->setObjectName(objectNameFor(key) + QStringLiteral("_restore"));
    connect(button, &QPushButton::clicked, this, [this, field, kind] { setFieldText(field, PledgeText::defaultText(kind)); });
    form->addRow(QString(), button);
    m_restoreButtons << button;
}

QString SettingsPage::fieldText(const Field& field) const
{
    if (auto* line = qobject_cast<QLineEdit*>(field.editor))
        return line->text();
    if (auto* box = qobject_cast<QComboBox*>(field.editor))
        return box->currentData().toString();
    if (auto* check = qobject_cast<QCheckBox*>(field.editor))
        return check->isChecked() ? QStringLiteral("true") : QStringLiteral("false");
    if (auto* spin = qobject_cast<QSpinBox*>(field.editor))
        return QString::number(spin->value());
    const QString text = static_cast<QPlainTextEdit*>(field.editor)->toPlainText();
    // The standard wording is stored as empty, so that it follows the built-in text when a
    // later release corrects it; only the clerk's own wording is kept as written.
    if (const auto kind = pledgeTextKind(field.key); kind && text.trimmed() == PledgeText::defaultText(*kind).trimmed())
        return QString();
    return text;
}

void SettingsPage::setFieldText(const Field& field, const QString& text)
{
    if (auto* line = qobject_cast<QLineEdit*>(field.editor))
        line->setText(text);
    else if (auto* box = qobject_cast<QComboBox*>(field.editor))
        box->setCurrentIndex(std::max(0, box->findData(text)));
    else if (auto* check = qobject_cast<QCheckBox*>(field.editor))
        check->setChecked(text == QLatin1String("true"));
    else if (auto* spin = qobject_cast<QSpinBox*>(field.editor))
        spin->setValue(text.toInt());
    else if (const auto kind = pledgeTextKind(field.key); kind && text.trimmed().isEmpty())
        // Shown in full, so the clerk edits the wording that prints rather than a blank box.
        static_cast<QPlainTextEdit*>(field.editor)->setPlainText(PledgeText::defaultText(*kind));
    else
        static_cast<QPlainTextEdit*>(field.editor)->setPlainText(text);
}

QHash<QString, QString> SettingsPage::values() const
{
    QHash<QString, QString> all;
    for (const Field& field : m_fields)
        all.insert(field.key, fieldText(field));
    return all;
}

void SettingsPage::setDatabase(Database* db)
{
    m_db = db;
    for (const Field& field : std::as_const(m_fields))
        field.editor->setEnabled(db != nullptr);
    m_save->setEnabled(db != nullptr);
    m_browseLogo->setEnabled(db != nullptr);
    for (QPushButton* button : std::as_const(m_restoreButtons))
        button->setEnabled(db != nullptr);
    refresh();
}

void SettingsPage::refresh()
{
    QHash<QString, QString> stored;
    if (m_db) {
        const auto all = SettingsRepository(*m_db).all();
        if (all)
            stored = *all;
        else
            m_message->setText(all.error().message);
    }
    for (const Field& field : std::as_const(m_fields))
        setFieldText(field, stored.value(field.key));
    updatePreview();
}

bool SettingsPage::save()
{
    if (!m_db)
        return false;
    SettingsRepository repository(*m_db);
    QStringList refused;
    // All or nothing: one refused value leaves every stored setting as it was.
    const Status written = m_db->transaction([&]() -> Status {
        for (const Field& field : std::as_const(m_fields)) {
            const auto saved = repository.set(field.key, fieldText(field));
            if (!saved)
                refused << saved.error().message;
        }
        return refused.isEmpty() ? Status() : Status(Error::invalid(refused.join(QLatin1Char('\n'))));
    });
    if (!written && refused.isEmpty())
        refused << written.error().message;
    m_message->setText(refused.isEmpty() ? tr("Saved.") : refused.join(QLatin1Char('\n')));
    if (refused.isEmpty())
        refresh();
    emit dataEdited();
    return refused.isEmpty();
}

void SettingsPage::updatePreview()
{
    m_preview->setLetterhead(Letterhead::fromSettings(values()));
}

void SettingsPage::chooseLanguage(int index)
{
    const QString language = m_language->itemData(index).toString();
    if (language == Translations::installedLanguage())
        return;
    // Every open window retranslates itself on the LanguageChange event this sends.
    Translations::install(language);
    Translations::saveLanguage(language);
}

void SettingsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    Page::changeEvent(event);
}

void SettingsPage::retranslate()
{
    m_letterheadGroup->setTitle(tr("Letterhead (kop surat)"));
    m_signatoryGroup->setTitle(tr("Signatory"));
    m_regionGroup->setTitle(tr("Region and reports"));
    m_caseGroup->setTitle(tr("Violation cases"));
    m_pledgeGroup->setTitle(tr("Pledge forms"));
    for (QPushButton* button : std::as_const(m_restoreButtons)) {
        button->setText(tr("Restore standard wording"));
        button->setToolTip(tr("Put the standard wording back into the box above. Saved like that, the text "
                              "follows the built-in wording when a later release corrects it."));
    }
    m_languageGroup->setTitle(tr("Language"));
    m_languageLabel->setText(tr("Language of the screens"));
    for (const Field& field : std::as_const(m_fields)) {
        field.label->setText(SettingsCatalog::description(field.key));
        if (auto* box = qobject_cast<QComboBox*>(field.editor))
            for (int i = 0; i < box->count(); ++i)
                box->setItemText(i, choiceText(field.key, box->itemData(i).toString()));
    }
    m_browseLogo->setText(tr("Choose emblem…"));
    m_save->setText(tr("&Save settings"));
    m_previewLabel->setText(tr("Preview of the letterhead"));
    const int index = m_language->findData(Translations::installedLanguage());
    if (index >= 0)
        m_language->setCurrentIndex(index);
}

} // namespace netra
