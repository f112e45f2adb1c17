package org.gongkai.disclosure.casework;

import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.audit.AuditAction;
import org.gongkai.disclosure.audit.AuditResult;
import org.gongkai.disclosure.audit.AuditTrail;
import org.gongkai.disclosure.shared.ids.CaseId;

import org.springframework.stereotype.Component;

/**
 * Object-level access: applicants see their own cases, officers the cases of their own
 * agency.
 */
@Component
public class CaseAccess {

	private final Cases cases;

	private final AuditTrail audit;

	CaseAccess(Cases cases, AuditTrail audit) {
		this.cases = cases;
		this.audit = audit;
	}

	public DisclosureCase visibleTo(GongkaiUser user, CaseId id) {
		DisclosureCase found = cases.byId(id).orElseThrow(() -> new CaseNotFoundException(id));
		boolean allowed = user.role().isOfficer() ? user.isOfficerOf(found.agencyId())
				: found.belongsTo(user.applicantId());
		if (!allowed) {
			audit.recordAlone(AuditAction.CASE_READ, "case", id, AuditResult.DENIED, "无权访问该案件");
			throw new CaseNotFoundException(id);
		}
		return found;
	}

	public DisclosureCase handledBy(GongkaiUser officer, CaseId id) {
		DisclosureCase found = visibleTo(officer, id);
		if (!officer.role().handlesCases()) {
			audit.recordAlone(AuditAction.CASE_HANDLE, "case", id, AuditResult.DENIED, "无权办理该案件");
			throw new CaseNotFoundException(id);
		}
		return found;
	}

}
