// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/CaseCatalog.h"
#include "core/Staff.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QLabel;

namespace netra {

class Database;

// The selected person in full: name and titles apart, what the NIP says (birth date,
// appointment month, sex), where they have worked and their violation cases.
class StaffDetailPanel : public QWidget {
    Q_OBJECT
public:
    explicit StaffDetailPanel(QWidget* parent = nullptr);

    void setDatabase(Database* db);
    void setUnitNames(const QHash<qint64, QString>& names) { m_unitNames = names; }
    void showStaff(const std::optional<Staff>& staff);

protected:
    void changeEvent(QEvent* event) override;

private:
    void render();
    QString casesHtml() const;

    Database* m_db = nullptr;
    CaseCatalog m_catalog; // reference data: read once per database, for the kinds' labels
    QHash<qint64, QString> m_unitNames;
    std::optional<Staff> m_staff;
    QLabel* m_text;
};

} // namespace netra
