// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseCatalog.h"

#include <algorithm>

namespace netra {

namespace {

template <typename T>
const T* byCode(const QList<T>& list, const QString& code)
{
    const QString wanted = code.trimmed().toLower();
    const auto it = std::find_if(list.cbegin(), list.cend(), [&](const T& item) { return item.code == wanted; });
    return it == list.cend() ? nullptr : &*it;
}

} // namespace

const ViolationKind* CaseCatalog::kind(const QString& code) const
{
    return byCode(kinds, code);
}

const SanctionKind* CaseCatalog::sanction(const QString& code) const
{
    return byCode(sanctions, code);
}

const ReportSource* CaseCatalog::source(const QString& code) const
{
    return byCode(sources, code);
}

bool CaseCatalog::allows(CaseStatus from, CaseStatus to) const
{
    return std::any_of(transitions.cbegin(), transitions.cend(),
                       [&](const CaseTransition& t) { return t.from == from && t.to == to; });
}

QList<CaseStatus> CaseCatalog::nextSteps(CaseStatus from) const
{
    QList<CaseStatus> next;
    for (const CaseTransition& t : transitions)
        if (t.from == from)
            next.push_back(t.to);
    return next;
}

bool CaseCatalog::sanctionFits(const ViolationKind& kind, const SanctionKind& sanction)
{
    return kind.sanctionClass.isEmpty() || kind.sanctionClass == sanction.sanctionClass;
}

bool CaseCatalog::sanctionAppliesTo(const SanctionKind& sanction, StaffKind staff)
{
    switch (staff) {
    case StaffKind::Pns: return sanction.appliesToPns;
    case StaffKind::Pppk:
    case StaffKind::PppkPartTime: return sanction.appliesToPppk;
    case StaffKind::NonAsn: return false;
    }
    return false;
}

} // namespace netra
