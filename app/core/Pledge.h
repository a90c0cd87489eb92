// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace netra {

// Ikrar netralitas (every active ASN) or pakta integritas (heads of units and named officials).
enum class PledgeKind { Ikrar, Pakta };

class PledgeKindText {
    Q_DECLARE_TR_FUNCTIONS(PledgeKindText)
public:
    static QString code(PledgeKind kind); // "ikrar", "pakta"
    static std::optional<PledgeKind> fromCode(const QString& code);
    static QString label(PledgeKind kind);       // paper, Indonesian: "Ikrar Netralitas"
    static QString displayName(PledgeKind kind); // translated, for the screen
};

// One signed pledge of a person for an election period.
struct Pledge {
    qint64 id = 0;
    QString uuid;
    PledgeKind kind = PledgeKind::Ikrar;
    qint64 staffId = 0;
    qint64 periodId = 0;
    QDate signedOn;
    QString place;       // free text ("Apel bersama, halaman Kantor Bupati")
    qint64 sessionId = 0; // or the session it was signed at
    QString evidenceSha256; // empty without evidence
    QString recordedBy;
};

} // namespace netra
