package org.gongkai.disclosure.casework.decision;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.gongkai.disclosure.Fixtures;
import org.gongkai.disclosure.GongkaiIntegrationTest;
import org.gongkai.disclosure.TestClock;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.accounts.Role;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.applicants.ApplicantCategory;
import org.gongkai.disclosure.applicants.ApplicantDetails;
import org.gongkai.disclosure.applicants.IdDocumentType;
import org.gongkai.disclosure.casework.AnswerItem;
import org.gongkai.disclosure.casework.Channel;
import org.gongkai.disclosure.casework.DeliveryMethod;
import org.gongkai.disclosure.casework.DisclosureCase;
import org.gongkai.disclosure.casework.NotHeldAnswer;
import org.gongkai.disclosure.casework.RequestedForm;
import org.gongkai.disclosure.casework.intake.OfflineRequest;
import org.gongkai.disclosure.casework.intake.RequestIntake;
import org.gongkai.disclosure.casework.stops.CaseConsultations;
import org.gongkai.disclosure.casework.stops.CaseCorrections;
import org.gongkai.disclosure.casework.stops.CaseExplanations;
import org.gongkai.disclosure.casework.stops.CaseFees;
import org.gongkai.disclosure.decisions.Outcome;
import org.gongkai.disclosure.documents.GoldenLetters;
import org.gongkai.disclosure.documents.Letter;
import org.gongkai.disclosure.documents.LetterKind;
import org.gongkai.disclosure.fees.FeeMode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * The wording of every letter a case can send, word for word, against golden files
 * ({@link GoldenLetters}): the receipt, the reply in its forms (disclosed, partly,
 * withheld, not held, item by item, on the spot), and each notice that stops the clock. A
 * change of wording is a change of a legal document: it shows here as a diff to review.
 * To accept one, run with {@code -Dgolden.update=true} and commit the files.
 */
@GongkaiIntegrationTest
class LetterWordingGoldenIT {

	private static final LocalDate RECEIVED = LocalDate.of(2025, 3, 3);

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestClock clock;

	@Autowired
	CaseLetters letters;

	@Autowired
	CaseDecisions decisions;

	@Autowired
	CaseCorrections corrections;

	@Autowired
	CaseExtensions extensions;

	@Autowired
	CaseConsultations consultations;

	@Autowired
	CaseExplanations explanations;

	@Autowired
	CaseFees fees;

	@Autowired
	RequestIntake intake;

	private Agency agency;

	private GongkaiUser officer;

	private GongkaiUser applicant;

	@BeforeEach
	void setUp() {
		clock.setDate(RECEIVED);
		agency = fixtures.agency();
		officer = fixtures.officer(agency, Role.CASE_OFFICER);
		applicant = fixtures.applicant(ApplicantCategory.NATURAL_PERSON);
	}

	@Test
	void receipt() throws IOException {
		DisclosureCase c = fixtures.submit(applicant, agency, "本县2024年财政预算执行情况报告");
		matches("receipt", letter(c, LetterKind.RECEIPT));
	}

	@Test
	void replies() throws IOException {
		for (Outcome outcome : List.of(Outcome.DISCLOSED, Outcome.PARTLY_DISCLOSED,
				Outcome.WITHHELD_PROCESS_INFORMATION, Outcome.UNAVAILABLE_NOT_HELD)) {
			DisclosureCase c = fixtures.submit(applicant, agency, "某文件");
			clock.setDate(RECEIVED.plusDays(7));
			fixtures.answer(officer, c.id(), outcome, "答复：" + outcome.plainLabel());
			matches("reply-" + outcome.name().toLowerCase(), letter(c, LetterKind.REPLY));
			clock.setDate(RECEIVED);
		}
	}

	@Test
	void replyItemByItem() throws IOException {
		DisclosureCase c = fixtures.accepted(applicant, agency, officer, "三项内容");
		clock.setDate(RECEIVED.plusDays(7));
		as(officer,
				() -> decisions.draft(officer, c.id(),
						List.of(new AnswerItem("2024年部门预算", Outcome.DISCLOSED, "见附件《2024年部门预算》", null),
								new AnswerItem("2019年某会议纪要", Outcome.UNAVAILABLE_NOT_HELD, "本机关2019年未召开该会议",
										new NotHeldAnswer(NotHeldAnswer.Kind.DOES_NOT_EXIST, "本局公文管理系统",
												"以“会议纪要”为关键词检索", "李四", RECEIVED.plusDays(5))),
								new AnswerItem("某批复", Outcome.WITHHELD_PROCESS_INFORMATION, "属于请示批复过程中的过程性信息", null)),
						"你（单位）的申请包含三项内容。"));
		signOff(c);
		matches("reply-items", letter(c, LetterKind.REPLY));
	}

	@Test
	void replyOnTheSpot() throws IOException {
		GongkaiUser registrar = fixtures.officer(agency, Role.REGISTRAR);
		DisclosureCase c = as(registrar,
				() -> intake.answerOnTheSpot(registrar, new OfflineRequest(Channel.IN_PERSON, RECEIVED, null,
						new ApplicantDetails(ApplicantCategory.NATURAL_PERSON, "王某", IdDocumentType.RESIDENT_ID_CARD,
								Fixtures.validResidentId(), "13700001111", null, "某地"),
						"本县2024年财政预算执行情况报告", RequestedForm.PAPER, DeliveryMethod.PICK_UP), Outcome.DISCLOSED,
						"该信息已在本县人民政府门户网站“财政预决算”栏目主动公开。"));
		fixtures.runDueJobs();
		matches("reply-on-the-spot", letter(c, LetterKind.REPLY));
		matches("receipt-on-the-spot", letter(c, LetterKind.RECEIPT));
	}

	@Test
	void correctionNotice() throws IOException {
		DisclosureCase c = fixtures.submit(applicant, agency, "那个文件");
		as(officer, () -> corrections.request(officer, c.id(), List.of("请写明文件名称或文号", "请写明文件的年份"), null));
		fixtures.serve(officer, c.id(), LetterKind.CORRECTION_NOTICE, RECEIVED);
		matches("correction-notice", letter(c, LetterKind.CORRECTION_NOTICE));
	}

	@Test
	void extensionNotice() throws IOException {
		DisclosureCase c = fixtures.accepted(applicant, agency, officer, "某文件");
		GongkaiUser head = fixtures.officer(agency, Role.HEAD_OF_OFFICE);
		clock.setDate(RECEIVED.plusDays(20));
		as(officer, () -> {
			extensions.request(officer, c.id(), 10, "涉及多个部门，需调取档案");
			return null;
		});
		as(head, () -> {
			extensions.decide(head, c.id(), true, "同意");
			return null;
		});
		fixtures.runDueJobs();
		matches("extension-notice", letter(c, LetterKind.EXTENSION_NOTICE));
	}

	@Test
	void consultationAndThirdPartyNotice() throws IOException {
		DisclosureCase c = fixtures.accepted(applicant, agency, officer, "某企业的环评报告");
		as(officer, () -> consultations.send(officer, c.id(), CaseConsultations.Party.THIRD_PARTY, "某化工有限公司",
				"某企业的环评报告全文"));
		fixtures.serve(officer, c.id(), LetterKind.CONSULTATION_LETTER, RECEIVED);
		matches("consultation-letter", letter(c, LetterKind.CONSULTATION_LETTER));
		clock.setDate(RECEIVED.plusDays(10));
		as(officer, () -> {
			consultations.answered(officer, c.id(), false, "涉及商业秘密");
			return consultations.overrideForPublicInterest(officer, c.id(), "涉及周边居民健康，不公开可能对公共利益造成重大影响");
		});
		as(officer, () -> decisions.draft(officer, c.id(), Outcome.DISCLOSED, "予以公开，见附件"));
		signOff(c);
		matches("third-party-notice", letter(c, LetterKind.THIRD_PARTY_NOTICE));
	}

	@Test
	void explanationRequest() throws IOException {
		DisclosureCase c = fixtures.accepted(applicant, agency, officer, "大量文件");
		as(officer, () -> explanations.request(officer, c.id(), "请说明申请2010年以来全部会议纪要的用途", null));
		fixtures.serve(officer, c.id(), LetterKind.EXPLANATION_REQUEST, RECEIVED);
		matches("explanation-request", letter(c, LetterKind.EXPLANATION_REQUEST));
	}

	@Test
	void feeNotice() throws IOException {
		DisclosureCase c = fixtures.accepted(applicant, agency, officer, "大量文件");
		CaseFees.Fee fee = as(officer, () -> fees.notify(officer, c.id(), FeeMode.PER_VOLUME, 50));
		fixtures.serve(officer, c.id(), LetterKind.FEE_NOTICE, fee.notifiedOn());
		matches("fee-notice", letter(c, LetterKind.FEE_NOTICE));
	}

	private void signOff(DisclosureCase c) {
		GongkaiUser reviewer = fixtures.officer(agency, Role.LEGAL_REVIEWER);
		GongkaiUser head = fixtures.officer(agency, Role.HEAD_OF_OFFICE);
		as(reviewer, () -> decisions.review(reviewer, c.id(), true, null));
		as(head, () -> decisions.signOff(head, c.id(), true, null));
		fixtures.runDueJobs();
	}

	private Letter letter(DisclosureCase c, LetterKind kind) {
		return as(officer, () -> letters.letter(officer, c.id(), kind));
	}

	private <T> T as(GongkaiUser user, Supplier<T> action) {
		return fixtures.as(user, action);
	}

	private void matches(String name, Letter letter) throws IOException {
		GoldenLetters.assertMatches(name, letter,
				text -> text.replace(agency.code(), "{AGENCY}").replace(applicant.getUsername(), "{APPLICANT}"));
	}

}
