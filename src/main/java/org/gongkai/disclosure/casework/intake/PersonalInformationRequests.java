package org.gongkai.disclosure.casework.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.audit.AuditAction;
import org.gongkai.disclosure.casework.CaseAccess;
import org.gongkai.disclosure.casework.CaseStatus;
import org.gongkai.disclosure.casework.DisclosureCase;
import org.gongkai.disclosure.casework.history.LedgerAction;
import org.gongkai.disclosure.casework.process.CaseEndings;
import org.gongkai.disclosure.casework.process.DisclosureRequestWorkflow;
import org.gongkai.disclosure.deadlines.ReplyDeadlines;
import org.gongkai.disclosure.decisions.Outcome;
import org.gongkai.disclosure.shared.Refusal;
import org.gongkai.disclosure.shared.StateRefusal;
import org.gongkai.disclosure.shared.Texts;
import org.gongkai.disclosure.shared.ids.CaseId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 个人信息查阅、复制 requests have their own route: an individual may consult and copy their
 * personal information held by a personal-information handler, state organs included
 * (《个人信息保护法》第四十四条、第四十五条、第三十三条), which is not a request for government information under
 * the 条例. A registrar or case officer who finds that a received request is one marks it
 * so: the case ends, the applicant is told where to send it, and the annual report does
 * not count it (V115 leaves it out of {@code case_report}; docs/statute.md#pipl-route).
 */
@Service
public class PersonalInformationRequests {

	static final String PIPL = "《个人信息保护法》第四十四条、第四十五条";

	private final JdbcClient jdbc;

	private final CaseAccess access;

	private final CaseEndings endings;

	private final DisclosureRequestWorkflow workflow;

	private final Clock clock;

	PersonalInformationRequests(JdbcClient jdbc, CaseAccess access, CaseEndings endings,
			DisclosureRequestWorkflow workflow, Clock clock) {
		this.jdbc = jdbc;
		this.access = access;
		this.endings = endings;
		this.workflow = workflow;
		this.clock = clock;
	}

	/**
	 * Marks the request as a 个人信息查阅、复制 request and ends it, telling the applicant
	 * {@code route}: where and how to make it (the office that handles personal
	 * information, its address or channel). Only before a reply is drafted: once the
	 * office has treated it as a 政府信息公开申请 and proposed an answer, that answer stands.
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('REGISTRAR', 'CASE_OFFICER')")
	public DisclosureCase refer(GongkaiUser officer, CaseId id, String route) {
		DisclosureCase current = access.handledBy(officer, id);
		String where = Texts.require(route, "个人信息查阅、复制请求的受理途径", 1000);
		if (current.status() != CaseStatus.IN_PROGRESS && current.status() != CaseStatus.AWAITING_CORRECTION) {
			throw new StateRefusal("refusal.casework.personalInformation.notBeforeDraft",
					Refusal.label(current.status()));
		}
		LocalDate today = ReplyDeadlines.today(clock);
		String notice = "你（单位）提出的申请（编号" + current.reference() + "）是查阅、复制本人个人信息的请求，依照" + PIPL + "处理，不作为政府信息公开申请处理。请"
				+ where;
		// the record's ending is （六）3 其他 (a closed case carries an outcome), but
		// case_report leaves the request out: it is counted nowhere
		DisclosureCase closed = endings.close(current, Outcome.OTHER_OTHER, notice, officer.id(), officer.displayName(),
				LedgerAction.PIPL_REFERRED, PIPL, AuditAction.CASE_PIPL_REFERRED);
		jdbc.sql("insert into case_pipl_referral (case_id, route, referred_by, referred_on) values (?, ?, ?, ?)")
			.params(id.value(), where, officer.id(), today)
			.update();
		workflow.discontinue(current.reference(), "个人信息查阅、复制请求，不作为政府信息公开申请处理（" + PIPL + "）");
		return closed;
	}

	/** Where the applicant was told to send the request, if it was referred. */
	public Optional<Referral> of(CaseId id) {
		return jdbc.sql("select route, referred_on from case_pipl_referral where case_id = ?")
			.param(id.value())
			.query((rs, n) -> new Referral(rs.getString("route"), rs.getObject("referred_on", LocalDate.class)))
			.optional();
	}

	/** A request referred to the personal-information route: where to, and when. */
	public record Referral(String route, LocalDate referredOn) {
	}

}
