package org.gongkai.disclosure.reporting;

import java.time.Clock;
import java.time.Year;

import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.accounts.Role;
import org.gongkai.disclosure.agencies.Agencies;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.audit.AuditAction;
import org.gongkai.disclosure.audit.AuditResult;
import org.gongkai.disclosure.audit.AuditTrail;
import org.gongkai.disclosure.shared.Refusal;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may read which report, and the checks every report request passes first (a known
 * agency, a year between 2008 and now, a known format and scope). A refusal is audited.
 */
@Component
class ReportAccess {

	private final Agencies agencies;

	private final AuditTrail audit;

	private final Clock clock;

	ReportAccess(Agencies agencies, AuditTrail audit, Clock clock) {
		this.agencies = agencies;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The request, when {@code officer} may read it; otherwise the refusal is audited
	 * under {@code action} and an {@link AccessDeniedException} thrown.
	 */
	ReportRequest readable(GongkaiUser officer, String agencyCode, int year, String format, String scope,
			AuditAction action) {
		checkYear(year);
		ReportFormat f = ReportFormat.named(format);
		ReportScope s = ReportScope.of(scope);
		Agency agency = agency(agencyCode);
		if (!mayRead(officer, agency, s)) {
			audit.recordAlone(action, "report", agency.code() + "/" + year, AuditResult.DENIED, "无权查看");
			throw new AccessDeniedException(
					"Only the annual reports of the own agency or its subordinate agencies may be viewed");
		}
		return new ReportRequest(agency, year, f, s);
	}

	/** The officer's own agency. */
	Agency own(GongkaiUser officer) {
		return agencies.byId(officer.agencyId())
			.orElseThrow(() -> new Refusal("refusal.reporting.agency.ownNotFound", officer.agencyId()));
	}

	Agency agency(String agencyCode) {
		return agencies.byCode(agencyCode == null ? "" : agencyCode)
			.orElseThrow(() -> new Refusal("refusal.reporting.agency.notFound", agencyCode));
	}

	void checkYear(int year) {
		if (year < 2008 || year > Year.now(clock).getValue()) {
			throw new Refusal("refusal.reporting.year.range");
		}
	}

	/**
	 * An agency's own officers read its report; the statistician and the head of a
	 * government's office also read the reports of the agencies below it, and only they
	 * read a summary.
	 */
	private boolean mayRead(GongkaiUser user, Agency agency, ReportScope scope) {
		if (!user.role().readsReports() || user.agencyId() == null) {
			return false;
		}
		boolean compiler = user.role() == Role.STATISTICIAN || user.role() == Role.HEAD_OF_OFFICE;
		if (user.agencyId().equals(agency.id())) {
			return scope == ReportScope.AGENCY || compiler;
		}
		return compiler && agencies.isAncestorOf(user.agencyId(), agency.id());
	}

}
