package org.gongkai.disclosure.casework.decision;

import java.time.LocalDate;

import org.gongkai.disclosure.Fixtures;
import org.gongkai.disclosure.GongkaiIntegrationTest;
import org.gongkai.disclosure.TestClock;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.accounts.Role;
import org.gongkai.disclosure.agencies.Agencies;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.agencies.AgencyParticulars;
import org.gongkai.disclosure.applicants.ApplicantCategory;
import org.gongkai.disclosure.casework.DisclosureCase;
import org.gongkai.disclosure.casework.history.CaseLedger;
import org.gongkai.disclosure.casework.history.LedgerAction;
import org.gongkai.disclosure.casework.history.LedgerEntry;
import org.gongkai.disclosure.casework.intake.CaseAssistance;
import org.gongkai.disclosure.casework.stops.CaseFees;
import org.gongkai.disclosure.documents.LetterKind;
import org.gongkai.disclosure.fees.FeeMode;
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
 * Issue 12 item 7, the smaller rules: the extension cites 《条例》第三十三条第二款; the 收费通知书 says
 * how to pay and that the last day counts (docs/statute.md#fee-notice).
 */
@GongkaiIntegrationTest
class SmallerRulesIT {

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestClock clock;

	@Autowired
	CaseExtensions extensions;

	@Autowired
	CaseFees fees;

	@Autowired
	CaseLetters letters;

	@Autowired
	CaseLedger ledger;

	@Autowired
	Agencies agencies;

	@Autowired
	CaseAssistance assistance;

	@Autowired
	MockMvc mvc;

	private Agency agency;

	private GongkaiUser officer;

	private GongkaiUser applicant;

	@BeforeEach
	void setUp() {
		agency = fixtures.agency();
		officer = fixtures.officer(agency, Role.CASE_OFFICER);
		applicant = fixtures.applicant(ApplicantCategory.NATURAL_PERSON);
		clock.setDate(LocalDate.of(2024, 9, 29));
	}

	@Test
	void theExtensionCitesArticle33Paragraph2() {
		DisclosureCase c = fixtures.accepted(applicant, agency, officer, "某文件");
		GongkaiUser head = fixtures.officer(agency, Role.HEAD_OF_OFFICE);
		fixtures.as(officer, () -> {
			extensions.request(officer, c.id(), 10, "涉及多个部门，需调取档案");
			return null;
		});
		fixtures.as(head, () -> {
			extensions.decide(head, c.id(), true, "同意");
			return null;
		});
		fixtures.runDueJobs();
		assertThat(ledger.of(c.id()))
			.filteredOn(e -> e.action() == LedgerAction.EXTENSION_REQUESTED
					|| e.action() == LedgerAction.EXTENSION_APPROVED || e.action() == LedgerAction.EXTENSION_NOTIFIED)
			.extracting(LedgerEntry::legalBasis)
			.hasSize(3)
			.allMatch(basis -> basis.startsWith("《条例》第三十三条第二款"));
	}

	@Test
	void theFeeNoticeSaysHowToPayAndThatTheLastDayCounts() {
		DisclosureCase c = fixtures.accepted(applicant, agency, officer, "大量文件");
		CaseFees.Fee notified = fixtures.as(officer, () -> fees.notify(officer, c.id(), FeeMode.PER_VOLUME, 50));
		// the window runs from the applicant's receipt (docs/clocks.md)
		fixtures.serve(officer, c.id(), LetterKind.FEE_NOTICE, notified.notifiedOn());
		CaseFees.Fee fee = fees.of(c.id()).orElseThrow();
		String text = String.join("\n",
				fixtures.as(officer, () -> letters.letter(officer, c.id(), LetterKind.FEE_NOTICE)).paragraphs());
		assertThat(text).contains("缴纳方式：通过非税收入电子缴款平台缴纳，收款单位：测试县财政局，缴款码随本通知书提供。")
			.contains("缴费期限自收到本通知次日起计算20个工作日，至" + fee.dueOn().getYear() + "年" + fee.dueOn().getMonthValue() + "月"
					+ fee.dueOn().getDayOfMonth() + "日止，当日缴纳的不逾期");

		AgencyParticulars p = agencies.particulars(agency.id());
		agencies.saveParticulars(new AgencyParticulars(p.agencyId(), p.kind(), p.fullName(), p.referencePrefix(),
				p.reviewBody(), p.court(), p.chargesFees(), p.reportDue(), null));
		assertThatThrownBy(() -> fixtures.as(officer, () -> letters.letter(officer, c.id(), LetterKind.FEE_NOTICE)))
			.hasMessageContaining("尚未设置信息处理费的缴纳方式");
	}

	@Test
	void helpUnderArticle43IsRecordedInTheCaseRecordAndShownOnThePage() throws Exception {
		DisclosureCase c = fixtures.submit(applicant, agency, "某文件");
		fixtures.as(officer, () -> {
			assistance.record(officer, c.id(), CaseAssistance.Need.VISUAL_IMPAIRMENT, "工作人员朗读申请表并代为填写", null);
			return null;
		});
		assertThat(ledger.of(c.id())).filteredOn(e -> e.action() == LedgerAction.ASSISTANCE_PROVIDED)
			.singleElement()
			.satisfies(e -> {
				assertThat(e.legalBasis()).isEqualTo("《条例》第四十三条");
				assertThat(e.detail()).containsEntry("need", "VISUAL_IMPAIRMENT")
					.containsEntry("help", "工作人员朗读申请表并代为填写")
					.containsEntry("givenOn", "2024-09-29");
			});
		assertThat(LedgerAction.ASSISTANCE_PROVIDED.shownToApplicant()).isTrue();

		GongkaiUser company = fixtures.applicant(ApplicantCategory.COMMERCIAL_ENTERPRISE);
		DisclosureCase organisation = fixtures.submit(company, agency, "某文件");
		assertThatThrownBy(() -> fixtures.as(officer, () -> {
			assistance.record(officer, organisation.id(), CaseAssistance.Need.READING_DIFFICULTY, "朗读", null);
			return null;
		})).hasMessageContaining("公民");
		mvc.perform(get("/officer/cases/" + c.id()).with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("为申请人提供帮助")))
			.andExpect(content().string(containsString("为存在阅读困难或者视听障碍的申请人提供必要的帮助")));
	}

}
