package org.gongkai.disclosure.casework;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;

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
import org.gongkai.disclosure.casework.decision.CaseDeliveries;
import org.gongkai.disclosure.casework.decision.CaseLetters;
import org.gongkai.disclosure.casework.history.CaseLedger;
import org.gongkai.disclosure.casework.history.LedgerAction;
import org.gongkai.disclosure.casework.history.LedgerEntry;
import org.gongkai.disclosure.casework.intake.CaseSplitting;
import org.gongkai.disclosure.casework.intake.NewRequest;
import org.gongkai.disclosure.casework.intake.RequestIntake;
import org.gongkai.disclosure.casework.intake.SimilarRequests;
import org.gongkai.disclosure.deadlines.ReplyDeadlines;
import org.gongkai.disclosure.decisions.Outcome;
import org.gongkai.disclosure.documents.LetterKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Similar-request suggestions, the referral in a reply, delivery, and the diagram on the
 * case page.
 */
@GongkaiIntegrationTest
class ScreeningAndDeliveryIT {

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestClock clock;

	@Autowired
	RequestIntake intake;

	@Autowired
	SimilarRequests similar;

	@Autowired
	CaseDecisions decisions;

	@Autowired
	CaseDeliveries deliveries;

	@Autowired
	CaseLetters letters;

	@Autowired
	CaseLedger ledger;

	@Autowired
	MockMvc mvc;

	@Autowired
	CaseSplitting splitting;

	@Autowired
	Cases cases;

	@Autowired
	ReplyDeadlines deadlines;

	private Agency agency;

	private GongkaiUser officer;

	@BeforeEach
	void setUp() {
		agency = fixtures.agency();
		officer = fixtures.officer(agency, Role.CASE_OFFICER);
		clock.setDate(LocalDate.of(2024, 11, 4));
	}

	@Test
	void similarEarlierRequestsAreSuggestedNeverDecided() throws Exception {
		GongkaiUser first = fixtures.applicant(ApplicantCategory.NATURAL_PERSON);
		GongkaiUser second = fixtures.applicant(ApplicantCategory.COMMERCIAL_ENTERPRISE);
		GongkaiUser third = fixtures.applicant(ApplicantCategory.NATURAL_PERSON);
		DisclosureCase a = file(first, "请公开2024年城东片区棚户区改造项目征收补偿方案及批复文件");
		DisclosureCase b = file(second, "申请公开2024年城东片区棚户区改造项目的征收补偿方案和批复");
		file(third, "本县2023年度财政预算执行情况报告");
		DisclosureCase c = file(third, "2024年城东片区棚户区改造项目征收补偿方案批复文件");

		List<SimilarRequests.Similar> alike = fixtures.as(officer, () -> similar.similarTo(officer, c.id()));
		assertThat(alike).extracting(SimilarRequests.Similar::reference)
			.containsExactlyInAnyOrder(a.reference(), b.reference());
		assertThat(alike).isNotEmpty().allMatch(s -> s.score() >= SimilarRequests.THRESHOLD && !s.sameApplicant());
		assertThat(fixtures.as(officer, () -> similar.distinctApplicants(alike, officer, c.id()))).isEqualTo(3);
		mvc.perform(get("/officer/cases/" + c.id()).with(user(officer)))
			.andExpect(content().string(containsString("相似的在先申请")))
			.andExpect(content().string(containsString("第四十四条")));

		fixtures.as(officer, () -> {
			similar.link(officer, c.id(), a.id(), "同一项目");
			return null;
		});
		fixtures.as(officer, () -> {
			similar.link(officer, c.id(), a.id(), "again");
			return null;
		});
		assertThat(ledger.of(c.id())).filteredOn(e -> e.action() == LedgerAction.LINKED).hasSize(1);
		assertThat(fixtures.as(officer, () -> similar.similarTo(officer, c.id())))
			.filteredOn(SimilarRequests.Similar::linked)
			.extracting(SimilarRequests.Similar::reference)
			.containsExactly(a.reference());
		assertThat(c.status()).isEqualTo(CaseStatus.IN_PROGRESS); // nothing was decided
																	// for the officer
	}

	@Test
	void aReplyThatTheInformationIsHeldElsewhereNamesTheAgencyAndItsContact() throws Exception {
		GongkaiUser applicant = fixtures.applicant(ApplicantCategory.NATURAL_PERSON);
		DisclosureCase filed = file(applicant, "某河道采砂许可证");
		fixtures.accept(officer, filed.id());
		assertThatThrownBy(() -> fixtures.as(officer,
				() -> decisions.draft(officer, filed.id(), Outcome.DISCLOSED, "答复", "示范县水利局", "0000-7654321")))
			.hasMessageContaining("本机关不掌握");
		assertThatThrownBy(() -> fixtures.as(officer,
				() -> decisions.draft(officer, filed.id(), Outcome.UNAVAILABLE_NOT_HELD, "答复", "示范县水利局", null)))
			.hasMessageContaining("同时填写");
		fixtures.as(officer, () -> decisions.draft(officer, filed.id(), Outcome.UNAVAILABLE_NOT_HELD,
				"经检索，本机关未制作或获取该信息。", "示范县水利局", "0000-7654321"));
		GongkaiUser reviewer = fixtures.officer(agency, Role.LEGAL_REVIEWER);
		GongkaiUser head = fixtures.officer(agency, Role.HEAD_OF_OFFICE);
		fixtures.as(reviewer, () -> decisions.review(reviewer, filed.id(), true, null));
		fixtures.as(head, () -> decisions.signOff(head, filed.id(), true, null));
		fixtures.runDueJobs();
		byte[] docx = fixtures.as(applicant, () -> letters.render(applicant, filed.id(), LetterKind.REPLY, "docx"))
			.content();
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
			assertThat(new XWPFWordExtractor(document).getText()).contains("该政府信息由示范县水利局负责公开，联系方式：0000-7654321");
		}
		// delivered online the day the reply was issued
		assertThat(deliveries.of(filed.id())).get()
			.extracting(CaseDeliveries.Delivery::method)
			.isEqualTo(DeliveryMethod.ONLINE);
	}

	@Test
	void aPostedReplyIsDeliveredWhenTheOfficerRecordsIt() {
		GongkaiUser applicant = fixtures.applicant(ApplicantCategory.NATURAL_PERSON);
		DisclosureCase filed = fixtures.as(applicant, () -> intake.submitOnline(applicant,
				new NewRequest(agency.code(), "某文件", RequestedForm.PAPER, DeliveryMethod.POST)));
		assertThatThrownBy(() -> fixtures.as(officer, () -> {
			deliveries.record(officer, filed.id(), DeliveryMethod.POST, LocalDate.of(2024, 11, 4), "EMS1");
			return null;
		})).hasMessageContaining("答复书出具后");
		fixtures.answer(officer, filed.id(), Outcome.DISCLOSED, "予以公开");
		assertThat(deliveries.of(filed.id())).isEmpty();
		clock.setDate(LocalDate.of(2024, 11, 6));
		fixtures.as(officer, () -> {
			deliveries.record(officer, filed.id(), DeliveryMethod.POST, LocalDate.of(2024, 11, 6), "EMS1234567890");
			return null;
		});
		assertThat(deliveries.of(filed.id())).get()
			.extracting(CaseDeliveries.Delivery::detail)
			.isEqualTo("EMS1234567890");
		assertThat(ledger.of(filed.id())).extracting(LedgerEntry::action).contains(LedgerAction.DELIVERED);
	}

	@Test
	void theCasePageDrawsTheProcessAndMarksWhereTheCaseIs() throws Exception {
		GongkaiUser applicant = fixtures.applicant(ApplicantCategory.NATURAL_PERSON);
		DisclosureCase filed = file(applicant, "某文件");
		mvc.perform(get("/officer/cases/" + filed.id()).with(user(officer)))
			.andExpect(content().string(containsString("data-current=\"Task_ScreenRequest")))
			.andExpect(content().string(containsString("bpmn-navigated-viewer.production.min.js")));
		mvc.perform(get("/api/process/disclosure-request.bpmn").with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"DisclosureRequestProcess\"")));
		mvc.perform(get("/webjars/bpmn-js/8.0.0/dist/bpmn-viewer.production.min.js")).andExpect(status().isOk());
		mvc.perform(get("/js/case-diagram.js")).andExpect(status().isOk());
		mvc.perform(get("/api/process/disclosure-request.bpmn")).andExpect(status().isUnauthorized());
	}

	@Test
	void aMultiItemRequestSplitsIntoCasesThatEachCountUnderTheSameClock() {
		GongkaiUser applicant = fixtures.applicant(ApplicantCategory.RESEARCH_INSTITUTION);
		DisclosureCase filed = file(applicant, "一、2024年预算；二、2024年决算；三、2024年三公经费");
		List<DisclosureCase> parts = fixtures.as(officer,
				() -> splitting.split(officer, filed.id(), List.of("2024年预算", "2024年决算", " ", "2024年三公经费")));
		assertThat(parts).hasSize(3);
		assertThat(parts.get(0).id()).isEqualTo(filed.id());
		assertThat(parts.get(0).informationSought()).isEqualTo("2024年预算");
		assertThat(parts).allSatisfy(p -> {
			assertThat(p.receivedOn()).isEqualTo(filed.receivedOn());
			assertThat(p.applicantId()).isEqualTo(filed.applicantId());
			assertThat(deadlines.dueDate(p.id().value()).date())
				.isEqualTo(deadlines.dueDate(filed.id().value()).date());
		});
		assertThat(parts).extracting(DisclosureCase::reference).doesNotHaveDuplicates();
		assertThat(ledger.of(filed.id())).extracting(LedgerEntry::action).contains(LedgerAction.SPLIT);
		assertThatThrownBy(
				() -> fixtures.as(officer, () -> splitting.split(officer, parts.get(1).id(), List.of("只有一项"))))
			.hasMessageContaining("2至");
		fixtures.accept(officer, parts.get(2).id());
		assertThatThrownBy(
				() -> fixtures.as(officer, () -> splitting.split(officer, parts.get(2).id(), List.of("a", "b"))))
			.hasMessageContaining("审查环节");
	}

	private DisclosureCase file(GongkaiUser applicant, String information) {
		return fixtures.submit(applicant, agency, information);
	}

}
