// SPDX-License-Identifier: GPL-3.0-or-later
#include "Translations.h"

#include <QCoreApplication>
#include <QSettings>
#include <QTranslator>

#include <memory>

namespace netra {

namespace {

std::unique_ptr<QTranslator>& installedTranslator()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

QString& installedName()
{
    static QString name;
    return name;
}

const char* const languageKey = "ui/language";

} // namespace

QStringList Translations::languages()
{
    return {QStringLiteral("id"), QStringLiteral("en")};
}

QString Translations::configuredLanguage()
{
    const QString fromEnv = qEnvironmentVariable("NETRA_LANG").trimmed().toLower();
    if (languages().contains(fromEnv))
        return fromEnv;
    const QString saved = QSettings().value(QLatin1String(languageKey)).toString();
    return languages().contains(saved) ? saved : QStringLiteral("id");
}

void Translations::saveLanguage(const QString& language)
{
    QSettings().setValue(QLatin1String(languageKey), language);
}

bool Translations::install(const QString& language)
{
    auto& current = installedTranslator();
    if (current) {
        QCoreApplication::removeTranslator(current.get());
        current.reset();
    }
    installedName() = QStringLiteral("en");
    if (language == QLatin1String("en"))
        return true;
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(QStringLiteral(":/i18n/netra_%1.qm").arg(language)))
        return false;
    QCoreApplication::installTranslator(translator.get());
    current = std::move(translator);
    installedName() = language;
    return true;
}

QString Translations::installedLanguage()
{
    return installedName();
}

} // namespace netra
