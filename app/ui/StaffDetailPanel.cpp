// SPDX-License-Identifier: GPL-3.0-or-later
#include "StaffDetailPanel.h"

#include "NipText.h"

#include "core/Grade.h"
#include "core/IndonesianDate.h"
#include "core/Nip.h"
#include "store/CaseRepository.h"
#include "store/Database.h"
#include "store/StaffRepository.h"

#include <QEvent>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace netra {

namespace {

QString row(const QString& label, const QString& value)
{
    return QStringLiteral("<tr><td style='padding-right:12px;white-space:nowrap;color:#555'>%1</td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value.isEmpty() ? QStringLiteral("—") : value.toHtmlEscaped());
}

} // namespace

StaffDetailPanel::StaffDetailPanel(QWidget* parent)
    : QWidget(parent)
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("staffDetail"));
    m_text->setObjectName(QStringLiteral("staffDetailText"));
    m_text->setTextFormat(Qt::RichText);
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_text);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    render();
}

void StaffDetailPanel::setDatabase(Database* db)
{
    m_db = db;
    m_catalog = {};
    if (!m_db)
        return;
    if (const auto catalog = CaseRepository(*m_db).catalog())
        m_catalog = *catalog;
}

void StaffDetailPanel::showStaff(const std::optional<Staff>& staff)
{
    m_staff = staff;
    render();
}

void StaffDetailPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QWidget::changeEvent(event);
}

void StaffDetailPanel::render()
{
    if (!m_staff) {
        m_text->setText(tr("Select a person to see their details."));
        return;
    }
    const Staff& s = *m_staff;
    QString html = QStringLiteral("<h3>%1</h3><table>").arg(s.name.toHtmlEscaped());
    html += row(tr("Front titles"), s.frontTitles);
    html += row(tr("Name without titles"), s.bareName);
    html += row(tr("Back titles"), s.backTitles);
    html += row(tr("Kind"), staffKindLabel(s.kind));
    if (s.nip.isEmpty()) {
        html += row(tr("Internal id"), s.internalId);
    } else {
        html += row(tr("NIP"), groupedNip(s.nip));
        Nip::Options options;
        options.kind = s.kind;
        const QDate today = m_db ? m_db->clock().today() : QDate::currentDate();
        if (const auto nip = Nip::parse(s.nip, today, options)) {
            html += row(tr("Born (from the NIP)"), IndonesianDate::longDate(nip->birthDate()));
            html += row(nip->scheme() == NipScheme::Nip ? tr("Appointed (TMT CPNS)") : tr("First PPPK appointment"),
                        nip->scheme() == NipScheme::Nip
                            ? IndonesianDate::monthYear(nip->appointmentYear(), nip->appointmentMonth())
                            : QString::number(nip->appointmentYear()));
            html += row(tr("Sex (from the NIP)"), nip->sex() == Sex::Male ? tr("Male (L)") : tr("Female (P)"));
            html += row(tr("Serial"), QStringLiteral("%1").arg(nip->serial(), 3, 10, QLatin1Char('0')));
        } else {
            html += row(tr("NIP check"), nip.error().message);
        }
    }
    const auto grade = Grade::parse(s.grade);
    html += row(tr("Grade"), grade ? grade->printed() : s.grade);
    html += row(tr("Position"), s.position);
    html += row(tr("Status"), s.active ? tr("Active") : tr("Inactive since %1").arg(IndonesianDate::longDate(s.inactiveFrom)));
    html += QStringLiteral("</table><h4>%1</h4><table>").arg(tr("Unit history").toHtmlEscaped());
    if (m_db) {
        const auto history = StaffRepository(*m_db).assignments(s.id);
        if (history) {
            for (const Assignment& a : *history) {
                const QString period = a.to.isValid()
                    ? tr("%1 to %2").arg(IndonesianDate::longDate(a.from), IndonesianDate::longDate(a.to))
                    : tr("since %1").arg(IndonesianDate::longDate(a.from));
                html += row(period, m_unitNames.value(a.unitId, a.unitCode));
            }
        } else {
            html += row(tr("Error"), history.error().message);
        }
    }
    html += QStringLiteral("</table>");
    html += casesHtml();
    m_text->setText(html);
}

QString StaffDetailPanel::casesHtml() const
{
    if (!m_db)
        return {};
    QString html = QStringLiteral("<h4>%1</h4>").arg(tr("Violation cases").toHtmlEscaped());
    // A person has a handful of cases at most: asked for each person shown.
    CaseFilter filter;
    filter.staffId = m_staff->id;
    const auto cases = CaseRepository(*m_db).list(filter);
    if (!cases)
        return html + QStringLiteral("<table>%1</table>").arg(row(tr("Error"), cases.error().message));
    if (cases->isEmpty())
        return html + QStringLiteral("<p>%1</p>").arg(tr("No cases.").toHtmlEscaped());
    html += QStringLiteral("<table>");
    for (const ViolationCase& c : *cases) {
        const ViolationKind* kind = m_catalog.kind(c.kindCode);
        QString status = CaseStatusText::displayName(c.status);
        if (c.overdue)
            status = tr("%1, overdue").arg(status);
        html += row(IndonesianDate::longDate(c.actDate),
                    QStringLiteral("%1 · %2 · %3").arg(c.periodName, kind ? kind->label : c.kindCode, status));
    }
    return html + QStringLiteral("</table>");
}

} // namespace netra
