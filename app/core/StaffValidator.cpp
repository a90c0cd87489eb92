// SPDX-License-Identifier: GPL-3.0-or-later
#include "StaffValidator.h"

#include "Nip.h"
#include "PersonName.h"

namespace netra {

Result<Staff> StaffValidator::validate(Staff draft) const
{
    draft.name = draft.name.simplified();
    if (draft.name.isEmpty())
        return Error::invalid(tr("The name is empty."));
    const PersonName parts = PersonName::parse(draft.name);
    if (parts.bareName.isEmpty())
        return Error::invalid(tr("The name \"%1\" has titles but no name.").arg(draft.name));
    draft.frontTitles = parts.frontTitles;
    draft.bareName = parts.bareName;
    draft.backTitles = parts.backTitles;

    if (!hasNip(draft.kind)) {
        if (!Nip::clean(draft.nip).isEmpty())
            return Error::invalid(tr("Non-ASN staff have no NIP; record them without one."));
        draft.nip.clear();
        return draft;
    }
    if (Nip::clean(draft.nip).isEmpty())
        return Error::invalid(draft.kind == StaffKind::Pns ? tr("PNS staff need a NIP.")
                                                           : tr("%1 staff need an NI PPPK.").arg(staffKindLabel(draft.kind)));

    Nip::Options options;
    options.kind = draft.kind;
    options.sexColumn = draft.sex;
    options.checkPppkCodeDigits = m_checkPppkCodeDigits;
    const auto nip = Nip::parse(draft.nip, m_today, options);
    if (!nip)
        return nip.error();
    draft.nip = nip->digits();
    if (!draft.sex)
        draft.sex = nip->sex();
    if (!draft.birthDate.isValid())
        draft.birthDate = nip->birthDate();
    return draft;
}

} // namespace netra
