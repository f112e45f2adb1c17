package org.gongkai.disclosure.casework.intake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.agencies.Agencies;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.applicants.Applicant;
import org.gongkai.disclosure.applicants.ApplicantIdentities.Identified;
import org.gongkai.disclosure.applicants.ApplicantIdentities;
import org.gongkai.disclosure.applicants.Applicants;
import org.gongkai.disclosure.audit.AuditAction;
import org.gongkai.disclosure.audit.AuditLine;
import org.gongkai.disclosure.casework.Cases;
import org.gongkai.disclosure.casework.Channel;
import org.gongkai.disclosure.casework.DisclosureCase;
import org.gongkai.disclosure.casework.IdempotencyKeyReusedException;
import org.gongkai.disclosure.casework.IntakeLimits;
import org.gongkai.disclosure.casework.attachments.Attachment;
import org.gongkai.disclosure.casework.attachments.AttachmentPolicy;
import org.gongkai.disclosure.casework.attachments.CaseAttachments;
import org.gongkai.disclosure.casework.history.CaseLedger;
import org.gongkai.disclosure.casework.history.LedgerAction;
import org.gongkai.disclosure.casework.notices.PortalService;
import org.gongkai.disclosure.casework.process.DisclosureRequestWorkflow;
import org.gongkai.disclosure.deadlines.ClockPeriods;
import org.gongkai.disclosure.deadlines.ReplyDeadlines;
import org.gongkai.disclosure.decisions.Outcome;
import org.gongkai.disclosure.documents.LetterKind;
import org.gongkai.disclosure.shared.InvalidFields;
import org.gongkai.disclosure.shared.RateLimitExceeded;
import org.gongkai.disclosure.shared.Refusal;
import org.gongkai.disclosure.shared.StateRefusal;
import org.gongkai.disclosure.shared.Texts;
import org.gongkai.disclosure.shared.Throttle.Limit;
import org.gongkai.disclosure.shared.Throttle;
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

	private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

	private final Agencies agencies;

	private final Applicants applicants;

	private final ApplicantIdentities identities;

	private final Cases cases;

	private final CaseReferences references;

	private final CaseLedger ledger;

	private final ClockPeriods clocks;

	private final DisclosureRequestWorkflow workflow;

	private final Clock clock;

	private final IntakeLimits limits;

	private final PortalService portal;

	private final ApplicantInformation applicantInformation;

	private final CaseAttachments attachments;

	/** Online filings per applicant (Bucket4j), as the county set them. */
	private final Throttle filings;

	RequestIntake(Agencies agencies, Applicants applicants, ApplicantIdentities identities, Cases cases,
			CaseReferences references, CaseLedger ledger, ClockPeriods clocks, DisclosureRequestWorkflow workflow,
			Clock clock, IntakeLimits limits, PortalService portal, ApplicantInformation applicantInformation,
			CaseAttachments attachments) {
		this.agencies = agencies;
		this.applicants = applicants;
		this.identities = identities;
		this.cases = cases;
		this.references = references;
		this.ledger = ledger;
		this.clocks = clocks;
		this.workflow = workflow;
		this.clock = clock;
		this.limits = limits;
		this.filings = new Throttle(100_000, List.of(new Limit(limits.filingsPerDay(), Duration.ofDays(1))));
		this.portal = portal;
		this.applicantInformation = applicantInformation;
		this.attachments = attachments;
	}

	/**
	 * Registers a request that arrived on paper, by post, fax, e-mail or orally, as an
	 * officer records it. The receipt date follows 条例 art 31 for the channel: the day of
	 * submission (in person, oral), the day signed for (registered post), or the day
	 * confirmed with the applicant (ordinary letter, fax, e-mail). A receipt date before
	 * today is recorded with its reason and evidence; an agent with the 授权委托书; a request
	 * about the applicant's own affairs with its identity check, if done at the counter.
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('REGISTRAR', 'CASE_OFFICER')")
	public DisclosureCase register(GongkaiUser officer, OfflineRequest request) {
		DisclosureCase filed = file(officer, request);
		workflow.start(filed.id(), filed.reference());
		return filed;
	}

	/**
	 * Registers a request made in person or orally and records the answer given there and
	 * then: 「行政机关收到政府信息公开申请，能够当场答复的，应当当场予以答复」 (《条例》第三十三条第一款;
	 * docs/statute.md#on-the-spot). The reply is dated the receipt date, the case closes
	 * that day and counts in the report like any other answered request; the process
	 * issues the 答复书 at once, without the 20 working days' steps. Only an answer that
	 * needs neither a search, a consultation nor a legal review can be given on the spot
	 * ({@link OnTheSpot#OUTCOMES}).
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('REGISTRAR', 'CASE_OFFICER')")
	public DisclosureCase answerOnTheSpot(GongkaiUser officer, OfflineRequest request, Outcome outcome,
			String replyText) {
		LocalDate today = ReplyDeadlines.today(clock);
		new InvalidFields.Collector()
			.require(request.channel() == null || request.channel().receivedOnSubmission(), "channel",
					"refusal.casework.intake.onTheSpotChannel")
			.require(request.submittedOn() == null || request.submittedOn().equals(today), "submittedOn",
					"refusal.casework.intake.onTheSpotToday")
			.require(outcome != null && OnTheSpot.OUTCOMES.contains(outcome), "onTheSpotOutcome",
					"refusal.casework.intake.onTheSpotOutcome")
			.check("onTheSpotReply", () -> Texts.require(replyText, "当场答复的内容", 20_000))
			// the applicant's own information is disclosed only to the applicant,
			// identity
			// verified first — at the counter, when answered there
			// (docs/statute.md#own-information)
			.require(
					outcome == null || !outcome.discloses() || !request.ownInformation()
							|| request.verifiedAtCounter() != null,
					"verifiedAtCounter", "refusal.casework.intake.onTheSpotVerify")
			.throwIfAny();
		DisclosureCase filed = file(officer, request);
		CaseId id = filed.id();
		DisclosureCase answered = filed.answeredOnTheSpot(outcome, Texts.require(replyText, "当场答复的内容", 20_000));
		cases.update(answered, filed.status());
		clocks.stop(id.value(), answered.decidedOn());
		ledger.append(id, officer.id(), officer.displayName(), LedgerAction.ANSWERED_ON_THE_SPOT,
				OnTheSpot.LEGAL_BASIS + "；" + outcome.legalBasis(),
				Map.of("outcome", outcome.name(), "closedOn", answered.closedOn().toString()), AuditLine.success(
						AuditAction.CASE_ANSWERED_ON_THE_SPOT, filed.reference() + " 当场答复：" + outcome.displayLabel()));
		workflow.startAnsweredOnTheSpot(id, filed.reference());
		return answered;
	}

	/** The case, its ledger and its clock for a request filed offline. */
	private DisclosureCase file(GongkaiUser officer, OfflineRequest request) {
		Agency agency = agencies.byId(officer.agencyId()).orElseThrow();
		LocalDate today = ReplyDeadlines.today(clock);
		check(request, today);
		LocalDate submitted = request.submittedOn();
		LocalDate received = request.channel().receivedOnSubmission() ? submitted : request.receivedOn();
		Identified identified = identities.forOfflineFiling(request.applicant());
		Applicant applicant = identified.applicant();
		String information = Texts.require(request.informationSought(), "所需政府信息的描述", 4000);
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
				Map.of("receivedOn", received.toString()), AuditLine.success(AuditAction.CASE_REGISTERED,
						"登记" + request.channel().label() + "申请 " + filed.reference()));
		if (received.isBefore(today)) {
			backdated(officer, id, request, received, today);
		}
		if (identified.check() != null) {
			ledger.append(id, officer.id(), officer.displayName(), LedgerAction.IDENTITY_CHECK_REQUIRED, "《条例》第二十九条",
					Map.of("identityCheck", identified.check().name()));
		}
		if (request.agent() != null) {
			IntakeFile letter = request.agent().authorisation();
			Attachment authorisation = attachments.upload(officer, id, Attachment.Purpose.AGENT_AUTHORISATION,
					letter.fileName(), letter.content());
			applicantInformation.recordAgent(officer, id, request.agent(), authorisation);
		}
		if (request.ownInformation()) {
			applicantInformation.declareOwnInformation(officer, id);
			if (request.verifiedAtCounter() != null) {
				applicantInformation.verify(officer, id, request.verifiedAtCounter(), request.verificationNote(),
						today);
			}
		}
		clocks.start(id.value(), received, request.channel().receiptRule());
		return filed;
	}

	/**
	 * A request registered after the day it was received (its receipt date is day 0 of
	 * the clock, 《条例》第三十一条): the registrar's reason and the evidence of that day — a file
	 * (postmark, 签收单, fax log) or a written note — go into the ledger, so that an earlier
	 * day 0 is never set without a trace (docs/statute.md#back-dated-receipt).
	 */
	private void backdated(GongkaiUser officer, CaseId id, OfflineRequest request, LocalDate received,
			LocalDate today) {
		Map<String, String> detail = new LinkedHashMap<>();
		detail.put("receivedOn", received.toString());
		detail.put("registeredOn", today.toString());
		detail.put("reason", Texts.require(request.backdatingReason(), "收到申请之日早于今天的理由", 1000));
		String note = Texts.optional(request.backdatingNote(), "收到日期的书面说明", 1000);
		if (note != null) {
			detail.put("note", note);
		}
		if (IntakeFile.given(request.receiptEvidence())) {
			Attachment evidence = attachments.upload(officer, id, Attachment.Purpose.RECEIPT_EVIDENCE,
					request.receiptEvidence().fileName(), request.receiptEvidence().content());
			detail.put("evidence", evidence.fileName());
			detail.put("sha256", evidence.sha256());
		}
		ledger.append(id, officer.id(), officer.displayName(), LedgerAction.RECEIPT_BACKDATED, "《条例》第三十一条", detail);
	}

	/**
	 * Every problem with an offline request at once, field by field (the registrar's form
	 * shows each beside its field): the channel, the dates its receipt rule needs (条例 art
	 * 31), the applicant, the description and the form and delivery wanted.
	 */
	private static void check(OfflineRequest request, LocalDate today) {
		InvalidFields.Collector problems = new InvalidFields.Collector();
		Channel channel = request.channel();
		LocalDate submitted = request.submittedOn();
		problems
			.require(channel != null && channel != Channel.ONLINE, "channel", "refusal.casework.intake.offlineChannel")
			.require(submitted != null && !submitted.isAfter(today) && !submitted.isBefore(today.minusYears(1)),
					"submittedOn", "refusal.casework.intake.submittedOn");
		if (channel != null && channel != Channel.ONLINE && !channel.receivedOnSubmission()) {
			LocalDate received = request.receivedOn();
			problems
				.require(received != null, "receivedOn",
						channel == Channel.REGISTERED_MAIL ? "refusal.casework.intake.signedForOn"
								: "refusal.casework.intake.confirmedOn")
				.require(
						received == null || submitted == null
								|| !received.isBefore(submitted) && !received.isAfter(today),
						"receivedOn", "refusal.casework.intake.receivedOn");
		}
		LocalDate received = channel != null && channel.receivedOnSubmission() ? submitted : request.receivedOn();
		if (received != null && received.isBefore(today)) {
			// docs/statute.md#back-dated-receipt: an earlier day 0 needs a reason and
			// evidence
			problems.check("backdatingReason", () -> Texts.require(request.backdatingReason(), "收到申请之日早于今天的理由", 1000))
				.check("backdatingNote", () -> Texts.optional(request.backdatingNote(), "收到日期的书面说明", 1000))
				.require(
						request.backdatingNote() != null && !request.backdatingNote().isBlank()
								|| IntakeFile.given(request.receiptEvidence()),
						"backdatingNote", "refusal.casework.intake.backdatingEvidence");
			checkFile(problems, "receiptEvidence", request.receiptEvidence());
		}
		if (request.agent() != null) {
			request.agent().check(problems);
			checkFile(problems, "agentAuthorisation", request.agent().authorisation());
		}
		problems
			.require(request.verifiedAtCounter() == null || request.ownInformation(), "verifiedAtCounter",
					"refusal.casework.intake.verificationOnlyOwn")
			.require(
					request.verifiedAtCounter() != IdentityCheckMethod.OTHER
							|| request.verificationNote() != null && !request.verificationNote().isBlank(),
					"verificationNote", "refusal.casework.intake.verificationNote");
		if (request.applicant() == null) {
			problems.require(false, "name", "refusal.casework.intake.applicantRequired");
		}
		else {
			request.applicant().check(problems);
		}
		problems.check("informationSought", () -> Texts.require(request.informationSought(), "所需政府信息的描述", 4000))
			.require(request.requestedForm() != null, "requestedForm", "refusal.casework.intake.chooseForm")
			.require(request.deliveryMethod() != null, "deliveryMethod", "refusal.casework.intake.chooseDelivery")
			.throwIfAny();
	}

	private static void checkFile(InvalidFields.Collector problems, String field, IntakeFile file) {
		if (IntakeFile.given(file)) {
			problems.check(field, () -> AttachmentPolicy.check(file.fileName(), file.content()));
		}
	}

	/**
	 * Files a request online, at most once per {@code idempotencyKey} of the applicant: a
	 * retry with the same key and the same request returns the case filed the first time
	 * ({@link Filing#replayed()}), the same key with a different request is refused. Two
	 * retries racing each other wait on one lock for the applicant and key, so the second
	 * finds the first's case. Without a key every call files a new case.
	 */
	@Transactional
	@PreAuthorize("hasRole('APPLICANT')")
	public Filing submitOnline(GongkaiUser user, NewRequest request, String idempotencyKey) {
		if (idempotencyKey == null) {
			return new Filing(submitOnline(user, request), false);
		}
		if (!IDEMPOTENCY_KEY.matcher(idempotencyKey).matches()) {
			throw new Refusal("refusal.casework.intake.idempotencyKey");
		}
		String fingerprint = fingerprint(request);
		cases.lockIdempotencyKey(user.applicantId(), idempotencyKey);
		Optional<Cases.Keyed> earlier = cases.byIdempotencyKey(user.applicantId(), idempotencyKey);
		if (earlier.isPresent()) {
			if (!earlier.get().fingerprint().equals(fingerprint)) {
				throw new IdempotencyKeyReusedException(earlier.get().theCase().reference());
			}
			return new Filing(earlier.get().theCase(), true);
		}
		return new Filing(file(user, request, idempotencyKey, fingerprint), false);
	}

	/** A filing's case, and whether it was filed by an earlier call with the same key. */
	public record Filing(DisclosureCase theCase, boolean replayed) {
	}

	/** What the applicant asked for, as a SHA-256 over the request's fields. */
	private static String fingerprint(NewRequest request) {
		String filed = String.join("\u0000", request.agencyCode(), request.informationSought(),
				String.valueOf(request.requestedForm()), String.valueOf(request.deliveryMethod()))
				// appended only when set, so that the fingerprints of earlier filings
				// stay valid
				+ (request.concernsOwnInformation() ? "\u0000OWN_INFORMATION" : "");
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(filed.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	@Transactional
	@PreAuthorize("hasRole('APPLICANT')")
	public DisclosureCase submitOnline(GongkaiUser user, NewRequest request) {
		return file(user, request, null, null);
	}

	/**
	 * Files a request online; the idempotency key and the request's fingerprint, if any,
	 * are stored with the case in its INSERT.
	 */
	private DisclosureCase file(GongkaiUser user, NewRequest request, String idempotencyKey, String fingerprint) {
		Agency agency = agencies.byCode(request.agencyCode())
			.orElseThrow(() -> new Refusal("refusal.casework.intake.agencyNotFound", request.agencyCode()));
		Applicant applicant = applicants.byId(new ApplicantId(user.applicantId()))
			.orElseThrow(() -> new StateRefusal("refusal.casework.intake.noApplicant"));
		Duration wait = filings.take(applicant.id().value().toString());
		if (!wait.isZero()) {
			throw new RateLimitExceeded(wait, "refusal.casework.intake.filingsPerDay", limits.filingsPerDay(),
					Math.max(1, wait.toMinutes()));
		}
		if (applicants.identityCheck(applicant.id()).isPresent()) {
			// 《条例》第二十九条: the request must carry the applicant's own 身份证明
			throw new Refusal("refusal.casework.intake.duplicateIdentity");
		}
		String information = Texts.require(request.informationSought(), "所需政府信息的描述", 4000);
		Instant now = clock.instant();
		LocalDate receivedOn = LocalDate.ofInstant(now, ReplyDeadlines.ZONE);
		CaseId id = CaseId.random();
		DisclosureCase filed = DisclosureCase.received(id,
				references.next(agency.id(), agency.code(), receivedOn.getYear()), agency.id(), applicant.id().value(),
				applicant.category(), Channel.ONLINE, now, receivedOn, information, request.requestedForm(),
				request.deliveryMethod());
		cases.insert(filed, idempotencyKey, fingerprint);
		ledger.append(id, user.id(), user.displayName(), LedgerAction.SUBMITTED, "《条例》第二十九条",
				Map.of("reference", filed.reference(), "agencyId", agency.id().toString(), "applicantCategory",
						filed.applicantCategory().name(), "channel", filed.channel().name()));
		ledger.append(id, null, CaseLedger.SYSTEM, LedgerAction.RECEIVED, Channel.ONLINE.receiptRule(),
				Map.of("receivedOn", receivedOn.toString()),
				AuditLine.success(AuditAction.CASE_SUBMITTED, "在线提交申请 " + filed.reference()));
		if (request.concernsOwnInformation()) {
			applicantInformation.declareOwnInformation(user, id);
		}
		clocks.start(id.value(), receivedOn, Channel.ONLINE.receiptRule());
		workflow.start(id, filed.reference());
		// the portal confirms receipt at once (art 31): the 回执 is served on the
		// applicant's
		// page
		portal.issued(filed, LetterKind.RECEIPT);
		return filed;
	}

}
