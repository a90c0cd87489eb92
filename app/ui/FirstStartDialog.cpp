// SPDX-License-Identifier: GPL-3.0-or-later
#include "FirstStartDialog.h"

#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace netra {

FirstStartDialog::FirstStartDialog(const QString& problem, QWidget* parent)
    : QDialog(parent)
    , m_intro(new QLabel(this))
    , m_problem(new QLabel(problem, this))
    , m_demo(new QPushButton(this))
    , m_empty(new QPushButton(this))
    , m_open(new QPushButton(this))
    , m_quit(new QPushButton(this))
{
    setObjectName(QStringLiteral("firstStartDialog"));
    m_intro->setObjectName(QStringLiteral("firstStartIntro"));
    m_problem->setObjectName(QStringLiteral("firstStartProblem"));
    m_demo->setObjectName(QStringLiteral("firstStartDemo"));
    m_empty->setObjectName(QStringLiteral("firstStartEmpty"));
    m_open->setObjectName(QStringLiteral("firstStartOpen"));
    m_quit->setObjectName(QStringLiteral("firstStartQuit"));
    m_intro->setWordWrap(true);
    m_problem->setWordWrap(true);
    m_problem->setVisible(!problem.isEmpty());
    QPalette palette = m_problem->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    m_problem->setPalette(palette);
    for (QPushButton* button : {m_demo, m_empty, m_open}) {
        button->setMinimumHeight(button->sizeHint().height() * 2);
        button->setStyleSheet(QStringLiteral("text-align: left; padding: 6px 12px;"));
    }
    m_demo->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_problem);
    layout->addWidget(m_demo);
    layout->addWidget(m_empty);
    layout->addWidget(m_open);
    layout->addSpacing(8);
    layout->addWidget(m_quit, 0, Qt::AlignRight);

    connect(m_demo, &QPushButton::clicked, this, [this] { choose(Choice::Demo); });
    connect(m_empty, &QPushButton::clicked, this, [this] { choose(Choice::Empty); });
    connect(m_open, &QPushButton::clicked, this, [this] { choose(Choice::Open); });
    connect(m_quit, &QPushButton::clicked, this, &QDialog::reject);
    retranslate();
}

void FirstStartDialog::choose(Choice choice)
{
    m_choice = choice;
    accept();
}

void FirstStartDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void FirstStartDialog::retranslate()
{
    setWindowTitle(tr("Welcome to Netra"));
    m_intro->setText(tr("Netra keeps its data in one database file. How would you like to start?"));
    m_demo->setText(tr("Try it with &demo data\nA made-up Kabupaten Sukamaju with its work units and staff"));
    m_empty->setText(tr("Start an &empty database\nFor your own work units and staff"));
    m_open->setText(tr("&Open a database file…\nA Netra file from a colleague or a backup"));
    m_quit->setText(tr("&Quit"));
}

} // namespace netra
