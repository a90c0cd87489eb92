// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseDetailPanel.h"

#include "NipText.h"

#include "core/IndonesianDate.h"

#include <QEvent>
#include <QUrl>

namespace netra {

namespace {

const QString evidenceScheme = QStringLiteral("evidence");

QString escaped(const QString& text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString row(const QString& label, const QString& valueHtml)
{
    return QStringLiteral("<tr><td style='padding-right:12px;white-space:nowrap;color:#555'>%1</td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), valueHtml.isEmpty() ? QStringLiteral("—") : valueHtml);
}

QString cell(const QString& text)
{
    return QStringLiteral("<td style='padding-right:10px'>%1</td>").arg(escaped(text));
}

} // namespace

CaseDetailPanel::CaseDetailPanel(QWidget* parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard | Qt::LinksAccessibleByMouse
                            | Qt::LinksAccessibleByKeyboard);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        if (url.scheme() == evidenceScheme)
            emit evidenceRequested(url.path());
    });
    render();
}

void CaseDetailPanel::setCatalog(const CaseCatalog& catalog)
{
    m_catalog = catalog;
    render();
}

void CaseDetailPanel::showCase(const std::optional<ViolationCase>& shown,
                               const QList<std::pair<QString, QString>>& documents)
{
    m_case = shown;
    m_documents = shown ? documents : QList<std::pair<QString, QString>>();
    render();
}

void CaseDetailPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QTextBrowser::changeEvent(event);
}

QString CaseDetailPanel::sanctionLabel(const QString& code) const
{
    if (code.isEmpty())
        return {};
    const SanctionKind* sanction = m_catalog.sanction(code);
    return sanction ? sanction->label : code;
}

void CaseDetailPanel::render()
{
    if (!m_case) {
        setPlainText(tr("Select a case to see its history and evidence."));
        return;
    }
    const ViolationCase& c = *m_case;
    const ViolationKind* kind = m_catalog.kind(c.kindCode);
    const ReportSource* source = m_catalog.source(c.sourceCode);
    QString html = QStringLiteral("<h3>%1 · NIP %2</h3><table>").arg(c.name.toHtmlEscaped(), groupedNip(c.nip));
    html += row(tr("Work unit on the day of the act"), c.unitName.toHtmlEscaped());
    html += row(tr("Election period"), c.periodName.toHtmlEscaped());
    html += row(tr("Kind of violation"),
                kind ? QStringLiteral("%1 (%2)").arg(kind->label.toHtmlEscaped(), kind->code) : c.kindCode.toHtmlEscaped());
    html += row(tr("Date of the act"), IndonesianDate::longDate(c.actDate));
    html += row(tr("Source"), (source ? source->label : c.sourceCode).toHtmlEscaped());
    html += row(tr("External number"), c.externalNo.toHtmlEscaped());
    html += row(tr("What happened"), escaped(c.description));
    html += row(tr("Status"), tr("%1 since %2").arg(CaseStatusText::displayName(c.status), IndonesianDate::longDate(c.statusDate))
                                  .toHtmlEscaped());
    if (c.followUpDue.isValid()) {
        QString due = IndonesianDate::longDate(c.followUpDue).toHtmlEscaped();
        if (c.overdue)
            due += QStringLiteral(" <b style='color:#b00020'>%1</b>").arg(tr("overdue").toHtmlEscaped());
        html += row(tr("Follow-up due"), due);
    }
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h4>%1</h4><table cellspacing='0'><tr>").arg(tr("History").toHtmlEscaped());
    for (const QString& header : {tr("Date"), tr("Status"), tr("Body"), tr("Letter"), tr("Sanction"), tr("Reason"),
                                  tr("Note"), tr("Recorded by")})
        html += QStringLiteral("<th align='left' style='padding-right:10px'>%1</th>").arg(header.toHtmlEscaped());
    html += QStringLiteral("</tr>");
    for (const CaseStep& step : c.steps) {
        QString letter = step.letterNo;
        if (step.letterDate.isValid())
            letter = letter.isEmpty() ? tr("dated %1").arg(IndonesianDate::longDate(step.letterDate))
                                      : tr("%1 of %2").arg(letter, IndonesianDate::longDate(step.letterDate));
        html += QStringLiteral("<tr>") + cell(IndonesianDate::longDate(step.date))
            + cell(CaseStatusText::displayName(step.status)) + cell(step.body) + cell(letter)
            + cell(sanctionLabel(step.sanctionCode)) + cell(step.mismatchReason) + cell(step.note) + cell(step.recordedBy)
            + QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h4>%1</h4>").arg(tr("Evidence").toHtmlEscaped());
    if (m_documents.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(tr("No evidence attached.").toHtmlEscaped());
    for (const auto& [sha256, name] : std::as_const(m_documents))
        html += QStringLiteral("<p>%1 · <a href='%2:%3'>%4</a><br>SHA-256: <tt>%3</tt></p>")
                    .arg(name.toHtmlEscaped(), evidenceScheme, sha256, tr("View").toHtmlEscaped());
    setHtml(html);
}

} // namespace netra
