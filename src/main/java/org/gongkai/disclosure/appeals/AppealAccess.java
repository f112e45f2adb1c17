package org.gongkai.disclosure.appeals;

import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.accounts.Role;
import org.gongkai.disclosure.agencies.Agencies;
import org.gongkai.disclosure.audit.AuditAction;
import org.gongkai.disclosure.audit.AuditResult;
import org.gongkai.disclosure.audit.AuditTrail;
import org.gongkai.disclosure.casework.Cases;
import org.gongkai.disclosure.shared.ids.AgencyId;
import org.gongkai.disclosure.shared.ids.AppealId;

import org.springframework.stereotype.Component;

/**
 * Who may see and handle an appeal: the officers who handle cases of the original organ;
 * for reading also its statistician, and the statistician and head of office of a
 * government above it; the applicant of the request. Anything else is the same 404 as a
 * missing appeal.
 */
@Component
public class AppealAccess {

	private final Appeals appeals;

	private final Cases cases;

	private final Agencies agencies;

	private final AuditTrail audit;

	AppealAccess(Appeals appeals, Cases cases, Agencies agencies, AuditTrail audit) {
		this.appeals = appeals;
		this.cases = cases;
		this.agencies = agencies;
		this.audit = audit;
	}

	public Appeal visibleTo(GongkaiUser user, AppealId id) {
		Appeal found = appeals.byId(id).orElseThrow(AppealNotFoundException::new);
		if (!mayRead(user, found)) {
			audit.recordAlone(AuditAction.APPEAL_READ, "appeal", id, AuditResult.DENIED, "无权访问该案件");
			throw new AppealNotFoundException();
		}
		return found;
	}

	public Appeal handledBy(GongkaiUser officer, AppealId id) {
		Appeal found = appeals.byId(id).orElseThrow(AppealNotFoundException::new);
		if (!officer.isOfficerOf(found.agencyId())) {
			audit.recordAlone(AuditAction.APPEAL_HANDLE, "appeal", id, AuditResult.DENIED, "无权办理该案件");
			throw new AppealNotFoundException();
		}
		return found;
	}

	public boolean mayRead(GongkaiUser user, Appeal appeal) {
		if (!user.role().isOfficer()) {
			return user.applicantId() != null
					&& cases.byId(appeal.caseId()).map(c -> c.belongsTo(user.applicantId())).orElse(false);
		}
		return user.isOfficerOf(appeal.agencyId()) || readsAsSupervisor(user, appeal.agencyId());
	}

	/**
	 * The statistician of the agency, or the statistician or head of office of a
	 * government above it.
	 */
	public boolean readsAsSupervisor(GongkaiUser user, AgencyId agencyId) {
		if (user.agencyId() == null) {
			return false;
		}
		if (user.role() == Role.STATISTICIAN && user.agencyId().equals(agencyId)) {
			return true;
		}
		return (user.role() == Role.STATISTICIAN || user.role() == Role.HEAD_OF_OFFICE)
				&& agencies.isAncestorOf(user.agencyId(), agencyId);
	}

}
