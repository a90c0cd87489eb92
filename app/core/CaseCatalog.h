// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CaseStatus.h"
#include "StaffKind.h"

#include <QList>
#include <QString>

namespace netra {

// A kind of neutrality violation from the SKB 2022 catalogue, with the class of sanction it
// usually draws (empty for "lainnya": none proposed).
struct ViolationKind {
    QString code;
    QString label;
    QString sanctionClass;
};

// A sanction of PP 94/2021 or the moral track, and whom it can fall on.
struct SanctionKind {
    QString code;
    QString label;
    QString sanctionClass; // moral, ringan, sedang, berat, ptdh
    bool appliesToPns = true;
    bool appliesToPppk = true;
};

struct ReportSource {
    QString code;
    QString label;
};

struct CaseTransition {
    CaseStatus from = CaseStatus::Dilaporkan;
    CaseStatus to = CaseStatus::Dilaporkan;
};

// The reference data cases are recorded against, as the store loaded it from db/reference,
// and the checks made with it.
class CaseCatalog {
public:
    QList<ViolationKind> kinds;
    QList<SanctionKind> sanctions;
    QList<ReportSource> sources;
    QList<CaseTransition> transitions;

    const ViolationKind* kind(const QString& code) const;
    const SanctionKind* sanction(const QString& code) const;
    const ReportSource* source(const QString& code) const;

    bool allows(CaseStatus from, CaseStatus to) const;
    QList<CaseStatus> nextSteps(CaseStatus from) const;
    bool isFinal(CaseStatus status) const { return nextSteps(status).isEmpty(); }

    // The sanction is of the class the kind usually draws; any sanction fits a kind that
    // proposes none. The decision is the PPK's: a misfit is recorded with a reason.
    static bool sanctionFits(const ViolationKind& kind, const SanctionKind& sanction);
    static bool sanctionAppliesTo(const SanctionKind& sanction, StaffKind staff);
};

} // namespace netra
