package org.gongkai.disclosure.casework;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.gongkai.disclosure.Fixtures;
import org.gongkai.disclosure.GongkaiIntegrationTest;
import org.gongkai.disclosure.TestClock;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.accounts.Role;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.applicants.ApplicantCategory;
import org.gongkai.disclosure.casework.decision.CaseDecisions;
import org.gongkai.disclosure.casework.decision.CaseExtensions;
import org.gongkai.disclosure.casework.decision.CaseWithdrawals;
import org.gongkai.disclosure.casework.history.LedgerAction;
import org.gongkai.disclosure.casework.intake.NewRequest;
import org.gongkai.disclosure.casework.intake.RequestIntake;
import org.gongkai.disclosure.casework.stops.CaseConsultations;
import org.gongkai.disclosure.casework.stops.CaseCorrections;
import org.gongkai.disclosure.casework.stops.CaseExplanations;
import org.gongkai.disclosure.casework.stops.CaseFees;
import org.gongkai.disclosure.decisions.Outcome;
import org.gongkai.disclosure.documents.LetterKind;
import org.gongkai.disclosure.fees.FeeMode;
import org.gongkai.disclosure.shared.ids.CaseId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Issue 13 item 2, nothing unreleased leaves the office: a case walks through every state
 * an applicant can watch, and at each the applicant's view ({@code GET
 * /api/requests/{id}} and the page {@code /my/requests/{id}}) is compared with the
 * letters issued to them by then. A reply, its outcome and its withheld parts appear only
 * with the 答复书; an extension only with its notice; drafts and review notes never.
 */
@GongkaiIntegrationTest
class ApplicantViewIT {

	private static final String DRAFT_REPLY = "拟予部分公开：预算执行报告正文";

	private static final String WITHHELD_REASON = "涉及他人个人隐私";

	private static final String REVIEW_NOTE = "请补充不予公开部分的法律依据";

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestClock clock;

	@Autowired
	RequestIntake intake;

	@Autowired
	CaseCorrections corrections;

	@Autowired
	CaseExtensions extensions;

	@Autowired
	CaseFees fees;

	@Autowired
	CaseConsultations consultations;

	@Autowired
	CaseExplanations explanations;

	@Autowired
	CaseDecisions decisions;

	@Autowired
	CaseWithdrawals withdrawals;

	private Agency agency;

	private GongkaiUser applicant;

	private GongkaiUser officer;

	private GongkaiUser reviewer;

	private GongkaiUser head;

	private final List<String> walked = new ArrayList<>();

	@BeforeEach
	void setUp() {
		agency = fixtures.agency();
		officer = fixtures.officer(agency, Role.CASE_OFFICER);
		reviewer = fixtures.officer(agency, Role.LEGAL_REVIEWER);
		head = fixtures.officer(agency, Role.HEAD_OF_OFFICE);
		applicant = fixtures.applicant(ApplicantCategory.NATURAL_PERSON);
		clock.setDate(LocalDate.of(2024, 10, 8));
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void atEveryStateTheApplicantSeesOnlyWhatWasIssued() throws Exception {
		DisclosureCase filed = fixtures.as(applicant, () -> intake.submitOnline(applicant,
				new NewRequest(agency.code(), "2024年预算执行情况", RequestedForm.ELECTRONIC, DeliveryMethod.ONLINE)));
		CaseId id = filed.id();
		compare(id, "IN_PROGRESS");

		fixtures.as(officer, () -> corrections.request(officer, id, List.of("请写明文件名称"), 10));
		compare(id, "AWAITING_CORRECTION");
		fixtures.as(applicant, () -> {
			corrections.answer(applicant, id, "《2024年预算执行情况的报告》");
			return null;
		});
		fixtures.as(officer, () -> {
			corrections.accept(officer, id);
			return null;
		});
		compare(id, "IN_PROGRESS");

		fixtures.as(officer, () -> {
			extensions.request(officer, id, 10, "需调取档案");
			return null;
		});
		compare(id, "IN_PROGRESS"); // proposed, not approved: nothing issued
		fixtures.as(head, () -> {
			extensions.decide(head, id, true, "同意");
			return null;
		});
		fixtures.runDueJobs();
		compare(id, "IN_PROGRESS");

		fixtures.as(officer, () -> fees.notify(officer, id, FeeMode.PER_VOLUME, 120));
		compare(id, "AWAITING_PAYMENT");
		fixtures.as(officer, () -> {
			fees.paid(officer, id);
			return null;
		});

		fixtures.as(officer, () -> consultations.send(officer, id, CaseConsultations.Party.THIRD_PARTY, "某公司", "投标报价"));
		compare(id, "AWAITING_CONSULTATION");
		fixtures.as(officer, () -> {
			consultations.answered(officer, id, true, null);
			return null;
		});

		fixtures.as(officer, () -> explanations.request(officer, id, "请说明用途", 10));
		compare(id, "AWAITING_EXPLANATION");
		fixtures.as(applicant, () -> {
			explanations.answer(applicant, id, "学术研究");
			return null;
		});

		List<WithheldPart> withheld = List
			.of(new WithheldPart("附件中的个人信息", Outcome.WITHHELD_THIRD_PARTY_RIGHTS, WITHHELD_REASON));
		fixtures.as(officer,
				() -> decisions.draft(officer, id, Outcome.PARTLY_DISCLOSED, DRAFT_REPLY, null, null, withheld));
		compare(id, "UNDER_REVIEW");
		fixtures.as(reviewer, () -> decisions.review(reviewer, id, false, REVIEW_NOTE));
		compare(id, "IN_PROGRESS");
		fixtures.as(officer,
				() -> decisions.draft(officer, id, Outcome.PARTLY_DISCLOSED, DRAFT_REPLY, null, null, withheld));
		fixtures.as(reviewer, () -> decisions.review(reviewer, id, true, null));
		compare(id, "AWAITING_SIGN_OFF");
		fixtures.as(head, () -> decisions.signOff(head, id, true, null));
		compare(id, "DECIDED"); // signed off, 答复书 not yet issued
		fixtures.runDueJobs();
		Map<LetterKind, String> issued = compare(id, "ANSWERED");
		assertThat(issued).containsKeys(LetterKind.RECEIPT, LetterKind.CORRECTION_NOTICE, LetterKind.EXTENSION_NOTICE,
				LetterKind.FEE_NOTICE, LetterKind.EXPLANATION_REQUEST, LetterKind.REPLY);
		assertThat(issued.get(LetterKind.REPLY)).contains(DRAFT_REPLY).contains(WITHHELD_REASON);
		assertThat(walked).containsExactly("IN_PROGRESS", "AWAITING_CORRECTION", "IN_PROGRESS", "IN_PROGRESS",
				"IN_PROGRESS", "AWAITING_PAYMENT", "AWAITING_CONSULTATION", "AWAITING_EXPLANATION", "UNDER_REVIEW",
				"IN_PROGRESS", "AWAITING_SIGN_OFF", "DECIDED", "ANSWERED");
	}

	@Test
	void aWithdrawnCaseShowsItsEndingAndNoDraft() throws Exception {
		DisclosureCase filed = fixtures.as(applicant, () -> intake.submitOnline(applicant,
				new NewRequest(agency.code(), "某信息", RequestedForm.ELECTRONIC, DeliveryMethod.ONLINE)));
		fixtures.as(officer, () -> {
			corrections.accept(officer, filed.id());
			return decisions.draft(officer, filed.id(), Outcome.PARTLY_DISCLOSED, DRAFT_REPLY, null, null,
					List.of(new WithheldPart("某部分", Outcome.WITHHELD_THIRD_PARTY_RIGHTS, WITHHELD_REASON)));
		});
		compare(filed.id(), "UNDER_REVIEW");
		fixtures.as(reviewer, () -> decisions.review(reviewer, filed.id(), false, REVIEW_NOTE));
		fixtures.as(applicant, () -> withdrawals.withdraw(applicant, filed.id(), null));
		compare(filed.id(), "CLOSED");
	}

	/**
	 * The applicant's view of the case now, against the letters the applicant can obtain
	 * now.
	 * @return the text of each letter issued so far
	 */
	private Map<LetterKind, String> compare(CaseId id, String expectedStatus) throws Exception {
		String json = mvc.perform(get("/api/requests/" + id).with(user(applicant)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String page = mvc.perform(get("/my/requests/" + id).with(user(applicant)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String status = JsonPath.read(json, "$.status");
		assertThat(status).isEqualTo(expectedStatus);
		walked.add(status);
		Map<LetterKind, String> issued = issuedLetters(id);
		String reply = issued.get(LetterKind.REPLY);
		List<Map<String, Object>> withheld = JsonPath.read(json, "$.withheld");
		String state = "applicant's view at " + status;

		// the reply, its outcome and its withheld parts: exactly what the 答复书 says
		if (reply == null) {
			assertThat((Object) JsonPath.read(json, "$.outcome")).as(state).isNull();
			assertThat((Object) JsonPath.read(json, "$.replyText")).as(state).isNull();
			assertThat(withheld).as(state).isEmpty();
			assertThat(json).as(state).doesNotContain(DRAFT_REPLY).doesNotContain(WITHHELD_REASON);
			assertThat(page).as(state)
				.doesNotContain(DRAFT_REPLY)
				.doesNotContain(WITHHELD_REASON)
				.doesNotContain(LedgerAction.DRAFTED.label());
		}
		else {
			assertThat(reply).contains((String) JsonPath.read(json, "$.replyText"));
			withheld
				.forEach(w -> assertThat(reply).contains((String) w.get("part")).contains((String) w.get("reason")));
		}
		assertThat(json).as(state).doesNotContain(REVIEW_NOTE);
		assertThat(page).as(state).doesNotContain(REVIEW_NOTE);
		// notices: shown exactly when issued
		assertThat((Object) JsonPath.read(json, "$.extension")).as(state)
			.matches(e -> (e != null) == issued.containsKey(LetterKind.EXTENSION_NOTICE));
		assertThat((Object) JsonPath.read(json, "$.fee")).as(state)
			.matches(f -> (f != null) == issued.containsKey(LetterKind.FEE_NOTICE));
		assertThat((Object) JsonPath.read(json, "$.correction")).as(state)
			.matches(c -> (c != null) == issued.containsKey(LetterKind.CORRECTION_NOTICE));
		if (!issued.containsKey(LetterKind.EXTENSION_NOTICE)) {
			assertThat(page).as(state).doesNotContain("需调取档案");
		}
		return issued;
	}

	private Map<LetterKind, String> issuedLetters(CaseId id) throws Exception {
		Map<LetterKind, String> issued = new EnumMap<>(LetterKind.class);
		for (LetterKind kind : List.of(LetterKind.RECEIPT, LetterKind.CORRECTION_NOTICE, LetterKind.EXTENSION_NOTICE,
				LetterKind.FEE_NOTICE, LetterKind.EXPLANATION_REQUEST, LetterKind.REPLY, LetterKind.CONSULTATION_LETTER,
				LetterKind.THIRD_PARTY_NOTICE)) {
			MvcResult result = mvc
				.perform(get("/api/requests/{id}/letters/{kind}", id.toString(), kind).param("format", "docx")
					.with(user(applicant)))
				.andReturn();
			if (result.getResponse().getStatus() == 200) {
				try (XWPFDocument document = new XWPFDocument(
						new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
					issued.put(kind, new XWPFWordExtractor(document).getText());
				}
			}
		}
		assertThat(issued).doesNotContainKeys(LetterKind.CONSULTATION_LETTER, LetterKind.THIRD_PARTY_NOTICE);
		return issued;
	}

}
