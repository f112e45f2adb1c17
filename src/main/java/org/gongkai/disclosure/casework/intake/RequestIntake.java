package org.gongkai.disclosure.casework.intake;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.agencies.Agencies;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.applicants.Applicant;
import org.gongkai.disclosure.applicants.Applicants;
import org.gongkai.disclosure.audit.AuditResult;
import org.gongkai.disclosure.audit.AuditTrail;
import org.gongkai.disclosure.casework.Cases;
import org.gongkai.disclosure.casework.Channel;
import org.gongkai.disclosure.casework.DisclosureCase;
import org.gongkai.disclosure.casework.history.CaseLedger;
import org.gongkai.disclosure.casework.history.LedgerAction;
import org.gongkai.disclosure.casework.notices.PortalService;
import org.gongkai.disclosure.casework.process.DisclosureRequestWorkflow;
import org.gongkai.disclosure.deadlines.ClockPeriods;
import org.gongkai.disclosure.deadlines.ReplyDeadlines;
import org.gongkai.disclosure.documents.LetterKind;
import org.gongkai.disclosure.shared.Texts;
import org.gongkai.disclosure.shared.ids.ApplicantId;
import org.gongkai.disclosure.shared.ids.CaseId;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files requests. Online, the portal confirms receipt at once, so the receipt date (day
 * 0) is the day of submission in Beijing time (条例 art 31(三)); the case, its ledger, its
 * clock and its process start together.
 */
@Service
public class RequestIntake {

	private final Agencies agencies;

	private final Applicants applicants;

	private final Cases cases;

	private final CaseReferences references;

	private final CaseLedger ledger;

	private final ClockPeriods clocks;

	private final DisclosureRequestWorkflow workflow;

	private final Clock clock;

	private final AuditTrail audit;

	private final PortalService portal;

	RequestIntake(Agencies agencies, Applicants applicants, Cases cases, CaseReferences references, CaseLedger ledger,
			ClockPeriods clocks, DisclosureRequestWorkflow workflow, Clock clock, AuditTrail audit,
			PortalService portal) {
		this.agencies = agencies;
		this.applicants = applicants;
		this.cases = cases;
		this.references = references;
		this.ledger = ledger;
		this.clocks = clocks;
		this.workflow = workflow;
		this.clock = clock;
		this.audit = audit;
		this.portal = portal;
	}

	/**
	 * Registers a request that arrived on paper, by post, fax, e-mail or orally, as an
	 * officer records it. The receipt date follows 条例 art 31 for the channel: the day of
	 * submission (in person, oral), the day signed for (registered post), or the day
	 * confirmed with the applicant (ordinary letter, fax, e-mail).
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('REGISTRAR', 'CASE_OFFICER')")
	public DisclosureCase register(GongkaiUser officer, OfflineRequest request) {
		if (request.channel() == null || request.channel() == Channel.ONLINE) {
			throw new IllegalArgumentException("请选择线下提交渠道（在线申请由申请人自行提交）");
		}
		Agency agency = agencies.byId(officer.agencyId()).orElseThrow();
		LocalDate today = ReplyDeadlines.today(clock);
		LocalDate submitted = request.submittedOn();
		if (submitted == null || submitted.isAfter(today) || submitted.isBefore(today.minusYears(1))) {
			throw new IllegalArgumentException("提交日期须在一年内且不得晚于今天");
		}
		LocalDate received = switch (request.channel()) {
			case IN_PERSON, ORAL -> submitted;
			default -> {
				if (request.receivedOn() == null) {
					throw new IllegalArgumentException(
							request.channel() == Channel.REGISTERED_MAIL ? "请填写签收日期" : "请填写与申请人确认收到的日期");
				}
				yield request.receivedOn();
			}
		};
		if (received.isBefore(submitted) || received.isAfter(today)) {
			throw new IllegalArgumentException("收到申请之日不得早于提交日期，也不得晚于今天");
		}
		Applicant details = request.applicant().toApplicant(ApplicantId.random());
		Applicant applicant = applicants.byIdNumber(details.idDocumentType(), details.idDocumentNumber())
			.orElseGet(() -> applicants.save(details));
		String information = Texts.require(request.informationSought(), "所需政府信息的描述", 4000);
		if (request.requestedForm() == null || request.deliveryMethod() == null) {
			throw new IllegalArgumentException("请选择信息的提供形式和获取方式");
		}
		CaseId id = CaseId.random();
		DisclosureCase filed = DisclosureCase.received(id,
				references.next(agency.id(), agency.code(), received.getYear()), agency.id(), applicant.id().value(),
				applicant.category(), request.channel(),
				submitted.atTime(12, 0).atZone(ReplyDeadlines.ZONE).toInstant(), received, information,
				request.requestedForm(), request.deliveryMethod());
		cases.insert(filed);
		ledger.append(id, officer.id(), officer.displayName(), LedgerAction.SUBMITTED, "《条例》第二十九条",
				Map.of("reference", filed.reference(), "agencyId", agency.id().toString(), "applicantCategory",
						filed.applicantCategory().name(), "channel", filed.channel().name()));
		ledger.append(id, officer.id(), officer.displayName(), LedgerAction.RECEIVED, request.channel().receiptRule(),
				Map.of("receivedOn", received.toString()));
		clocks.start(id.value(), received, request.channel().receiptRule());
		workflow.start(id, filed.reference());
		audit.record("CASE_REGISTERED", "case", id, AuditResult.SUCCESS,
				"登记" + request.channel().label() + "申请 " + filed.reference());
		return filed;
	}

	@Transactional
	@PreAuthorize("hasRole('APPLICANT')")
	public DisclosureCase submitOnline(GongkaiUser user, NewRequest request) {
		Agency agency = agencies.byCode(request.agencyCode())
			.orElseThrow(() -> new IllegalArgumentException("未找到受理机关: " + request.agencyCode()));
		Applicant applicant = applicants.byId(new ApplicantId(user.applicantId()))
			.orElseThrow(() -> new IllegalStateException("账号未关联申请人"));
		String information = Texts.require(request.informationSought(), "所需政府信息的描述", 4000);
		Instant now = clock.instant();
		LocalDate receivedOn = LocalDate.ofInstant(now, ReplyDeadlines.ZONE);
		CaseId id = CaseId.random();
		DisclosureCase filed = DisclosureCase.received(id,
				references.next(agency.id(), agency.code(), receivedOn.getYear()), agency.id(), applicant.id().value(),
				applicant.category(), Channel.ONLINE, now, receivedOn, information, request.requestedForm(),
				request.deliveryMethod());
		cases.insert(filed);
		ledger.append(id, user.id(), user.displayName(), LedgerAction.SUBMITTED, "《条例》第二十九条",
				Map.of("reference", filed.reference(), "agencyId", agency.id().toString(), "applicantCategory",
						filed.applicantCategory().name(), "channel", filed.channel().name()));
		ledger.append(id, null, CaseLedger.SYSTEM, LedgerAction.RECEIVED, Channel.ONLINE.receiptRule(),
				Map.of("receivedOn", receivedOn.toString()));
		clocks.start(id.value(), receivedOn, Channel.ONLINE.receiptRule());
		workflow.start(id, filed.reference());
		// the portal confirms receipt at once (art 31): the 回执 is served on the
		// applicant's
		// page
		portal.issued(filed, LetterKind.RECEIPT);
		audit.record("CASE_SUBMITTED", "case", id, AuditResult.SUCCESS, "在线提交申请 " + filed.reference());
		return filed;
	}

}
