package org.gongkai.disclosure.casework;

import org.gongkai.disclosure.accounts.GongkaiUser;
import org.springframework.stereotype.Component;

/** Object-level access: applicants see their own cases, officers the cases of their own agency. */
@Component
public class CaseAccess {

    private final Cases cases;

    CaseAccess(Cases cases) {
        this.cases = cases;
    }

    public DisclosureCase visibleTo(GongkaiUser user, CaseId id) {
        DisclosureCase found = cases.byId(id).orElseThrow(() -> new CaseNotFoundException(id));
        boolean allowed = user.role().isOfficer()
                ? user.isOfficerOf(found.agencyId())
                : found.belongsTo(user.applicantId());
        if (!allowed) {
            throw new CaseNotFoundException(id);
        }
        return found;
    }

    public DisclosureCase handledBy(GongkaiUser officer, CaseId id) {
        DisclosureCase found = visibleTo(officer, id);
        if (!officer.role().isOfficer()) {
            throw new CaseNotFoundException(id);
        }
        return found;
    }
}
