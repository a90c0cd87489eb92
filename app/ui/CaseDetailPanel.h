// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/CaseCatalog.h"
#include "core/ViolationCase.h"

#include <QList>
#include <QTextBrowser>

#include <optional>
#include <utility>

namespace netra {

// The current case in full, under the list: who and where, what was reported and how, where
// it stands and by when the recommendation must be acted on, every step of its history, and
// the evidence with its whole SHA-256, selectable so that it can be copied into a letter.
// Each document's "View" link asks for it through evidenceRequested().
class CaseDetailPanel : public QTextBrowser {
    Q_OBJECT
public:
    explicit CaseDetailPanel(QWidget* parent = nullptr);

    void setCatalog(const CaseCatalog& catalog);
    // std::nullopt clears. Documents as CaseRepository::documents lists them.
    void showCase(const std::optional<ViolationCase>& shown, const QList<std::pair<QString, QString>>& documents);

signals:
    void evidenceRequested(const QString& sha256);

protected:
    void changeEvent(QEvent* event) override;

private:
    void render();
    QString sanctionLabel(const QString& code) const;

    CaseCatalog m_catalog;
    std::optional<ViolationCase> m_case;
    QList<std::pair<QString, QString>> m_documents;
};

} // namespace netra
