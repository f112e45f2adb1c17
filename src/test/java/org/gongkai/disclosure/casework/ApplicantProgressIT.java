package org.gongkai.disclosure.casework;

import java.time.LocalDate;
import java.util.List;

import org.gongkai.disclosure.Fixtures;
import org.gongkai.disclosure.GongkaiIntegrationTest;
import org.gongkai.disclosure.TestClock;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.accounts.Role;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.applicants.ApplicantCategory;
import org.gongkai.disclosure.casework.decision.CaseDecisions;
import org.gongkai.disclosure.casework.decision.CaseWithdrawals;
import org.gongkai.disclosure.casework.stops.CaseCorrections;
import org.gongkai.disclosure.casework.stops.CaseFees;
import org.gongkai.disclosure.decisions.Outcome;
import org.gongkai.disclosure.fees.FeeMode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Issue 16 item 1: the applicant follows the case as a progress view — received → 补正 → in
 * progress (with the periods the clock stood still and the live deadline) → answered, or
 * withdrawn.
 */
@GongkaiIntegrationTest
class ApplicantProgressIT {

	private static final LocalDate FILED = LocalDate.of(2024, 10, 8);

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestClock clock;

	@Autowired
	CaseCorrections corrections;

	@Autowired
	CaseFees fees;

	@Autowired
	CaseWithdrawals withdrawals;

	@Autowired
	CaseDecisions decisions;

	@Autowired
	MockMvc mvc;

	private Agency agency;

	private GongkaiUser officer;

	private GongkaiUser applicant;

	@BeforeEach
	void setUp() {
		clock.setDate(FILED);
		agency = fixtures.agency();
		officer = fixtures.officer(agency, Role.CASE_OFFICER);
		applicant = fixtures.applicant(ApplicantCategory.NATURAL_PERSON);
	}

	@Test
	void aRequestGoesFromReceivedThroughItsCorrectionAndAFeeToAnswered() throws Exception {
		DisclosureCase c = fixtures.submit(applicant, agency, "那个文件");
		Element progress = progress(c);
		assertThat(steps(progress)).containsExactly("已收到申请 2024-10-08（已完成）", "办理中 2024-10-08（当前步骤）", "已答复（尚未开始）");
		assertThat(progress.select("[aria-current=step]").text()).startsWith("办理中");
		// 20 working days after 8 Oct 2024, Saturday 12 Oct being a make-up working day
		// (国办发明电〔2023〕7号)
		assertThat(progress.select(".due").text()).startsWith("答复期限：2024-11-04（还剩 20 个工作日）");

		fixtures.as(officer, () -> corrections.request(officer, c.id(), List.of("请写明文件名称"), null));
		progress = progress(c);
		assertThat(steps(progress)).containsExactly("已收到申请 2024-10-08（已完成）", "补正 2024-10-08（当前步骤）", "办理中（尚未开始）",
				"已答复（尚未开始）");
		// art 30: the period starts afresh when the 补正 arrives; it is not suspended
		assertThat(progress.select(".due").text()).isEqualTo("答复期限自收到补正之日起重新计算（《条例》第三十条）");

		clock.setDate(LocalDate.of(2024, 10, 10));
		fixtures.as(applicant, () -> {
			corrections.answer(applicant, c.id(), "2024年财政预算执行情况报告");
			return null;
		});
		fixtures.accept(officer, c.id());
		fixtures.as(officer, () -> fees.notify(officer, c.id(), FeeMode.PER_VOLUME, 50));
		progress = progress(c);
		assertThat(steps(progress)).containsExactly("已收到申请 2024-10-08（已完成）", "补正 2024-10-10（已完成）",
				"办理中 2024-10-10（当前步骤）", "已答复（尚未开始）");
		assertThat(progress.select(".due").text()).isEqualTo("答复期限中止计算，恢复后重新显示");
		assertThat(progress.select("li:not(.step)").eachText()).containsExactly("缴纳信息处理费：自 2024-10-10 起，尚未结束");

		clock.setDate(LocalDate.of(2024, 10, 14));
		fixtures.as(officer, () -> {
			fees.paid(officer, c.id(), null);
			return null;
		});
		GongkaiUser reviewer = fixtures.officer(agency, Role.LEGAL_REVIEWER);
		GongkaiUser head = fixtures.officer(agency, Role.HEAD_OF_OFFICE);
		fixtures.as(officer, () -> decisions.draft(officer, c.id(), Outcome.DISCLOSED, "予以公开"));
		fixtures.as(reviewer, () -> decisions.review(reviewer, c.id(), true, null));
		fixtures.as(head, () -> decisions.signOff(head, c.id(), true, null));
		fixtures.runDueJobs();
		progress = progress(c);
		assertThat(steps(progress)).containsExactly("已收到申请 2024-10-08（已完成）", "补正 2024-10-10（已完成）",
				"办理中 2024-10-10（已完成）", "已答复 2024-10-14（已完成）");
		assertThat(progress.select("li:not(.step)").eachText()).containsExactly("缴纳信息处理费：2024-10-10 至 2024-10-14");
		assertThat(progress.select(".due")).isEmpty();
	}

	@Test
	void aWithdrawnRequestEndsAsWithdrawnAndSaysSoInEnglishToo() throws Exception {
		DisclosureCase c = fixtures.submit(applicant, agency, "某文件");
		fixtures.as(applicant, () -> {
			withdrawals.withdraw(applicant, c.id(), "不再需要");
			return null;
		});
		assertThat(steps(progress(c))).containsExactly("已收到申请 2024-10-08（已完成）", "已撤回 2024-10-08（已完成）");
		Document english = Jsoup
			.parse(mvc.perform(get("/my/requests/{id}", c.id().value()).param("lang", "en").with(user(applicant)))
				.andReturn()
				.getResponse()
				.getContentAsString());
		assertThat(english.select(".progress-view h2").text()).isEqualTo("Progress");
		assertThat(steps(english.selectFirst(".progress-view"))).containsExactly("Request received 2024-10-08(done)",
				"Withdrawn 2024-10-08(done)");
	}

	private Element progress(DisclosureCase c) throws Exception {
		String page = mvc.perform(get("/my/requests/{id}", c.id().value()).with(user(applicant)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Element progress = Jsoup.parse(page).selectFirst(".progress-view");
		assertThat(progress).as("the progress view").isNotNull();
		return progress;
	}

	private static List<String> steps(Element progress) {
		return progress.select("li.step")
			.eachText()
			.stream()
			.map(t -> t.replace(" （", "（").replace(" (", "("))
			.toList();
	}

}
