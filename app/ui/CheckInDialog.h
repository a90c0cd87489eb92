// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/RegionTime.h"
#include "core/Result.h"

#include <QDialog>
#include <QHash>

#include <memory>

class QCompleter;
class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;
class QTreeWidget;

namespace netra {

class Database;
class DeskCheckIn;
struct CheckInAnswer;

// The registration desk, full screen: one large field takes a scanned or typed NIP (spaces
// and dots allowed) or a name, Enter records, and the answer stands at once in large type:
// who was recorded (green), recorded although not invited (amber), or plainly why not. The
// field is cleared and keeps the focus after every answer, so a scanner can go on. Ctrl+Z
// takes back the last check-in. The counters move with every answer, without a recount.
class CheckInDialog : public QDialog {
    Q_OBJECT
public:
    CheckInDialog(Database& db, std::unique_ptr<DeskCheckIn> desk, QWidget* parent = nullptr);
    ~CheckInDialog() override;

    // Whether anything was written (the page shows fresh counts afterwards).
    bool changedData() const { return m_changed; }

    void submit();      // what Enter in the field does
    void undo();        // Ctrl+Z
    void recordWalkIn(); // the walk-in's Record button
    QCompleter* completer() const { return m_completer; }

public slots:
    void reject() override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    enum class Tone { Success, Flagged, Notice, Problem };

    void retranslate();
    void showHeader();
    void present(const Result<CheckInAnswer>& result, bool typedName = false);
    void showAnswer(Tone tone, const QString& headline, const QStringList& details);
    void updateCounters();
    void updateSuggestions(const QString& text);
    void pickSuggestion(qint64 staffId);
    void hideWalkIn();
    void readyForNext();
    QString clock(const QDateTime& instant) const;

    Database& m_db;
    std::unique_ptr<DeskCheckIn> m_desk;
    RegionTime m_region;
    QHash<QString, QString> m_unitNames; // by code, for the suggestions
    QString m_walkInNip;
    bool m_changed = false;

    QLabel* m_session;
    QLabel* m_prompt;
    QLineEdit* m_input;
    QLabel* m_answer;
    QFrame* m_walkIn;
    QLabel* m_walkInPrompt;
    QLabel* m_walkInNameLabel;
    QLineEdit* m_walkInName;
    QPushButton* m_walkInRecord;
    QLabel* m_totalCaption;
    QLabel* m_total;
    QLabel* m_notInvited;
    QTreeWidget* m_units;
    QPushButton* m_undo;
    QPushButton* m_close;
    QStandardItemModel* m_suggestions;
    QCompleter* m_completer;
};

} // namespace netra
