package org.gongkai.disclosure;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.gongkai.disclosure.accounts.Accounts;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.accounts.Role;
import org.gongkai.disclosure.agencies.Agencies;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.agencies.AgencyParticulars;
import org.gongkai.disclosure.applicants.ApplicantCategory;
import org.gongkai.disclosure.applicants.ApplicantDetails;
import org.gongkai.disclosure.applicants.ApplicantRegistration;
import org.gongkai.disclosure.applicants.IdDocumentType;
import org.gongkai.disclosure.casework.DeliveryMethod;
import org.gongkai.disclosure.casework.DisclosureCase;
import org.gongkai.disclosure.casework.NotHeldAnswer;
import org.gongkai.disclosure.casework.RequestedForm;
import org.gongkai.disclosure.casework.WithheldPart;
import org.gongkai.disclosure.casework.decision.CaseDecisions;
import org.gongkai.disclosure.casework.intake.NewRequest;
import org.gongkai.disclosure.casework.intake.RequestIntake;
import org.gongkai.disclosure.casework.notices.CaseNotices;
import org.gongkai.disclosure.casework.stops.CaseCorrections;
import org.gongkai.disclosure.deadlines.ReplyDeadlines;
import org.gongkai.disclosure.decisions.Outcome;
import org.gongkai.disclosure.documents.LetterKind;
import org.gongkai.disclosure.serving.ServiceMethod;
import org.gongkai.disclosure.serving.ServiceRecord;
import org.gongkai.disclosure.shared.ids.AgencyId;
import org.gongkai.disclosure.shared.ids.CaseId;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Builds what a test needs through the real services: agencies, officers and applicants
 * with unique names (the database is shared by all integration tests), valid identity
 * numbers, and cases at the usual starting points (filed online, accepted at screening,
 * answered).
 */
@TestComponent
public class Fixtures {

	public static final String PASSWORD = "correct-horse-battery";

	private static final String USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private final Agencies agencies;

	private final Accounts accounts;

	private final ApplicantRegistration registration;

	private final UserDetailsService users;

	private final ManagementService management;

	private final CaseCorrections corrections;

	private final CaseDecisions decisions;

	private final RequestIntake intake;

	private final TestClock clock;

	private final CaseNotices notices;

	Fixtures(Agencies agencies, Accounts accounts, ApplicantRegistration registration, UserDetailsService users,
			ManagementService management, CaseCorrections corrections, CaseDecisions decisions, RequestIntake intake,
			TestClock clock, CaseNotices notices) {
		this.agencies = agencies;
		this.accounts = accounts;
		this.registration = registration;
		this.users = users;
		this.management = management;
		this.corrections = corrections;
		this.decisions = decisions;
		this.intake = intake;
		this.clock = clock;
		this.notices = notices;
	}

	/**
	 * Serves one of the case's letters by hand on {@code on}: handed over and signed for
	 * that day, as {@code officer} records it. Its window, if it opens one, starts that
	 * day.
	 */
	public ServiceRecord serve(GongkaiUser officer, CaseId id, LetterKind letter, LocalDate on) {
		return as(officer, () -> {
			ServiceRecord sent = notices.send(officer, id, letter, ServiceMethod.IN_PERSON, null, on);
			return notices.received(officer, id, sent.id(), new CaseNotices.Receipt(on, "受送达人当面签收", null, null));
		});
	}

	/**
	 * Files a request online, as {@code applicant}, to {@code agency} (electronic copy,
	 * delivered online): received today by the test clock (《条例》第三十一条).
	 */
	public DisclosureCase submit(GongkaiUser applicant, Agency agency, String informationSought) {
		return as(applicant, () -> intake.submitOnline(applicant,
				new NewRequest(agency.code(), informationSought, RequestedForm.ELECTRONIC, DeliveryMethod.ONLINE)));
	}

	/**
	 * Files a request online on {@code receivedOn} (the test clock is set to that day).
	 */
	public DisclosureCase submitOn(LocalDate receivedOn, GongkaiUser applicant, Agency agency) {
		clock.setDate(receivedOn);
		return submit(applicant, agency, "申请于" + receivedOn);
	}

	/** Files a request online and has {@code officer} accept it at screening. */
	public DisclosureCase accepted(GongkaiUser applicant, Agency agency, GongkaiUser officer,
			String informationSought) {
		DisclosureCase filed = submit(applicant, agency, informationSought);
		accept(officer, filed.id());
		return filed;
	}

	/** Screening: {@code officer} accepts the request, no 补正 needed. */
	public void accept(GongkaiUser officer, CaseId id) {
		as(officer, () -> {
			corrections.accept(officer, id);
			return null;
		});
	}

	/**
	 * {@link #answer Answers} the case on {@code closedOn} (the test clock is set to that
	 * day) with a reply naming the outcome.
	 */
	public void answerOn(LocalDate closedOn, GongkaiUser officer, CaseId id, Outcome outcome) {
		clock.setDate(closedOn);
		answer(officer, id, outcome, "答复：" + outcome.plainLabel());
	}

	/**
	 * Takes an open case through the whole statutory path in one go: accepted at
	 * screening, drafted by {@code officer}, passed by a legal reviewer and signed off by
	 * the head of the same agency, reply issued.
	 */
	public void answer(GongkaiUser officer, CaseId id, Outcome outcome, String reply) {
		Agency agency = agencies.byId(officer.agencyId()).orElseThrow();
		GongkaiUser reviewer = officer(agency, Role.LEGAL_REVIEWER);
		GongkaiUser head = officer(agency, Role.HEAD_OF_OFFICE);
		as(officer, () -> {
			corrections.accept(officer, id);
			return decisions.draft(officer, id, outcome, reply, null, null, withheldFor(outcome),
					notHeldFor(outcome, ReplyDeadlines.today(clock)));
		});
		as(reviewer, () -> decisions.review(reviewer, id, true, null));
		as(head, () -> decisions.signOff(head, id, true, null));
		runDueJobs();
	}

	/**
	 * What a draft of {@code outcome} withholds: one part for 部分公开 (《条例》第三十七条), nothing
	 * otherwise.
	 */
	public static List<WithheldPart> withheldFor(Outcome outcome) {
		return outcome == Outcome.PARTLY_DISCLOSED
				? List.of(new WithheldPart("附件中的个人信息", Outcome.WITHHELD_THIRD_PARTY_RIGHTS, "涉及他人个人隐私")) : List.of();
	}

	/**
	 * What a draft of {@code outcome} says about information the agency does not hold:
	 * for 本机关不掌握相关政府信息, 信息不存在 with a search made on {@code searchedOn} (《条例》第三十六条第（四）项);
	 * nothing otherwise.
	 */
	public static NotHeldAnswer notHeldFor(Outcome outcome, LocalDate searchedOn) {
		return outcome == Outcome.UNAVAILABLE_NOT_HELD ? new NotHeldAnswer(NotHeldAnswer.Kind.DOES_NOT_EXIST,
				"本机关公文管理系统和档案室文书档案", "以申请所述信息名称为关键词检索，并询问相关业务科室", "工作人员甲", searchedOn) : null;
	}

	/**
	 * A new agency at the top of its tree, with the payee its 收费通知书 names
	 * (docs/statute.md#fee-notice).
	 */
	public Agency agency() {
		String code = "T" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36).toUpperCase();
		Agency agency = agencies.save(new Agency(AgencyId.random(), code, "测试县" + code + "局", null,
				"测试县" + code + "局政府信息公开工作机构", "测试路1号", "0000-0000000"));
		AgencyParticulars p = agencies.particulars(agency.id());
		agencies.saveParticulars(new AgencyParticulars(p.agencyId(), p.kind(), p.fullName(), p.referencePrefix(),
				p.reviewBody(), p.court(), p.chargesFees(), p.reportDue(), "通过非税收入电子缴款平台缴纳，收款单位：测试县财政局，缴款码随本通知书提供"));
		return agency;
	}

	/**
	 * A department (科室, 委办局) directly below {@code parent}: a case of the parent can be
	 * routed to it.
	 */
	public Agency department(Agency parent) {
		String code = "D" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36).toUpperCase();
		return agencies.save(new Agency(AgencyId.random(), code, parent.name() + code + "科", parent.id(),
				parent.name() + code + "科", "测试路1号", "0000-0000000"));
	}

	public GongkaiUser officer(Agency agency, Role role) {
		String username = role.name().toLowerCase().replace('_', '-') + "-" + unique();
		accounts.create(username, PASSWORD, "工作人员" + username, role, agency.id(), null);
		return user(username);
	}

	public GongkaiUser applicant(ApplicantCategory category) {
		String username = "applicant-" + unique();
		ApplicantDetails details = category.isOrganisation()
				? new ApplicantDetails(category, "某组织" + username, IdDocumentType.UNIFIED_SOCIAL_CREDIT_CODE,
						validCreditCode(), "0591-7654321", null, null)
				: new ApplicantDetails(category, "申请人" + username, IdDocumentType.RESIDENT_ID_CARD, validResidentId(),
						"13912345678", "a@example.org", "某地");
		registration.register(details, username, PASSWORD);
		return user(username);
	}

	public GongkaiUser user(String username) {
		return (GongkaiUser) users.loadUserByUsername(username);
	}

	/** Runs {@code action} signed in as {@code user}, as a request thread would. */
	public <T> T as(GongkaiUser user, Supplier<T> action) {
		var previous = SecurityContextHolder.getContext();
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			return action.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	/**
	 * Executes the pending asynchronous continuations, as the job executor would. Timers
	 * are left alone: the tests' dates lie in the past of the engine's clock, so a test
	 * fires a timer explicitly when its path needs it.
	 */
	public void runDueJobs() {
		for (int round = 0; round < 10; round++) {
			List<Job> due = management.createJobQuery().executable().messages().list();
			if (due.isEmpty()) {
				return;
			}
			due.forEach(job -> management.executeJob(job.getId()));
		}
	}

	public static String validResidentId() {
		// one number, one applicant: random enough that the tests' applicants never share
		// one
		LocalDate birth = LocalDate.of(1940, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(60 * 365));
		String body = "110105" + birth.format(DateTimeFormatter.BASIC_ISO_DATE)
				+ "%03d".formatted(ThreadLocalRandom.current().nextInt(1000));
		int[] weights = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (body.charAt(i) - '0') * weights[i];
		}
		return body + "10X98765432".charAt(sum % 11);
	}

	public static String validCreditCode() {
		StringBuilder body = new StringBuilder("91350100");
		for (int i = 0; i < 9; i++) {
			body.append(USCC_ALPHABET.charAt(ThreadLocalRandom.current().nextInt(USCC_ALPHABET.length())));
		}
		int[] weights = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += USCC_ALPHABET.indexOf(body.charAt(i)) * weights[i];
		}
		return body.append(USCC_ALPHABET.charAt((31 - sum % 31) % 31)).toString();
	}

	private static String unique() {
		return Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
	}

}
