package org.gongkai.disclosure.casework;

import java.time.LocalDate;

import jakarta.servlet.http.Cookie;
import org.gongkai.disclosure.Fixtures;
import org.gongkai.disclosure.GongkaiIntegrationTest;
import org.gongkai.disclosure.TestClock;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.accounts.Role;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.applicants.ApplicantCategory;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 16 item 5: the officers' casework pages speak through the officer bundle — in
 * Chinese by default, word for word as before, and in English once chosen: the task list
 * (its urgency words and the process's step names), the case page (its next step, the
 * other actions, the statutory outcomes, the confirmation after an action), the
 * registration form and the head's dashboard with its charts' words.
 */
@GongkaiIntegrationTest
class OfficerPagesInEnglishWebIT {

	private static final Cookie ENGLISH = new Cookie("gongkai-lang", "en");

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestClock clock;

	@Test
	void theTaskListInChineseAndInEnglish() throws Exception {
		Agency agency = fixtures.agency();
		GongkaiUser officer = fixtures.officer(agency, Role.CASE_OFFICER);
		GongkaiUser applicant = fixtures.applicant(ApplicantCategory.NATURAL_PERSON);
		// received Monday 2 September 2024: 补正 notice by 11 September, reply by 30
		// September
		DisclosureCase filed = fixtures.submitOn(LocalDate.of(2024, 9, 2), applicant, agency);
		clock.setDate(LocalDate.of(2024, 9, 4));

		assertThat(page(get("/officer/tasks"), officer)).contains("<title>待办任务 · ", "<h1>待办任务</h1>", "<th>期限</th>",
				"审查申请（是否需要补正）", "剩余18个工作日", "补正告知须于 2024-09-11 前发出（剩余5个工作日）", filed.reference());

		String english = page(get("/officer/tasks").cookie(ENGLISH), officer);
		assertThat(english).contains("<h1>Tasks</h1>", "<th>Due</th>", "<th>Applicant type</th>",
				"Examine the request (correction needed?)", "18 working days left",
				"Correction notice due by 2024-09-11 (5 working days left)", filed.reference());
		assertThat(english).doesNotContain("待办任务", "审查申请（是否需要补正）", "剩余18个工作日", "补正告知须于");
	}

	@Test
	void theCasePageInChineseAndInEnglish() throws Exception {
		Agency agency = fixtures.agency();
		GongkaiUser officer = fixtures.officer(agency, Role.CASE_OFFICER);
		GongkaiUser applicant = fixtures.applicant(ApplicantCategory.NATURAL_PERSON);
		DisclosureCase filed = fixtures.submit(applicant, agency, "2024年本县河道采砂许可的发放情况");
		String path = "/officer/cases/" + filed.id();

		assertThat(page(get(path), officer)).contains("<h1>案件 " + filed.reference() + "</h1>",
				"<h2 id=\"next-step-title\">下一步：审查申请</h2>", "申请内容明确，受理并进入办理", "其他操作", "按一事一申请拆分", "当前环节：审查申请（是否需要补正）",
				"<h2 id=\"process-title\">办理流程</h2>", "data-unavailable=\"流程图暂时无法显示\"");
		String english = page(get(path).cookie(ENGLISH), officer);
		assertThat(english).contains("<h1>Case " + filed.reference() + "</h1>",
				"<h2 id=\"next-step-title\">Next step: Examine the request</h2>",
				"The request is clear: accept it for handling", "Other actions", "Split: one matter per request",
				"Current step: Examine the request (correction needed?)", "<h2 id=\"process-title\">The process</h2>",
				"data-unavailable=\"The diagram cannot be shown at the moment\"");
		assertThat(english).doesNotContain("下一步", "其他操作", "办理流程", "受理并进入办理");

		// the confirmation after an action, in the language of whoever acted
		Object done = mvc.perform(post(path + "/accept").cookie(ENGLISH).with(csrf()).with(user(officer)))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getFlashMap()
			.get("message");
		assertThat(done).isEqualTo("Accepted for handling");

		// the decision form: the 21 statutory outcomes, the Chinese exactly the official
		// labels
		assertThat(page(get(path), officer)).contains("<h2 id=\"next-step-title\">下一步：拟定答复意见</h2>",
				"不予公开 — 属于国家秘密（《条例》第十四条）", "其他处理 — 申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请（《条例》第四十二条；国办函〔2020〕109号）",
				"经检索，该政府信息不存在（《条例》第三十六条第（四）项）", "提交法制审核");
		assertThat(page(get(path).cookie(ENGLISH), officer))
			.contains("<h2 id=\"next-step-title\">Next step: Draft the reply</h2>",
					"Not disclosed — State secret (Regulations art 14)", "Disclosed (Regulations art 36(1) and (2))",
					"After a search, the information does not exist (Regulations art 36(4))", "Submit for legal review",
					"Charge an information processing fee")
			.doesNotContain("属于国家秘密（", "提交法制审核");
	}

	@Test
	void theRegistrationFormInChineseAndInEnglish() throws Exception {
		GongkaiUser registrar = fixtures.officer(fixtures.agency(), Role.REGISTRAR);

		assertThat(page(get("/officer/register"), registrar)).contains("<h1>登记线下申请</h1>",
				"<label for=\"channel\">提交渠道</label>", "<option value=\"\">不当场答复</option>", "予以公开（《条例》第三十六条第（一）、（二）项）",
				"登记并出具回执");
		String english = page(get("/officer/register").cookie(ENGLISH), registrar);
		assertThat(english).contains("<title>Register an offline request · ", "<h1>Register an offline request</h1>",
				"<label for=\"channel\">Channel</label>", "<option value=\"\">Not answered on the spot</option>",
				"Disclosed (Regulations art 36(1) and (2))",
				"Request to confirm or reissue information already obtained", "Register and issue the receipt");
		assertThat(english).doesNotContain("登记线下申请", "提交渠道", "登记并出具回执", "当场答复的结果");
	}

	@Test
	void theDashboardAndItsChartsWordsInChineseAndInEnglish() throws Exception {
		Agency agency = fixtures.agency();
		GongkaiUser head = fixtures.officer(agency, Role.HEAD_OF_OFFICE);
		fixtures.submit(fixtures.applicant(ApplicantCategory.NATURAL_PERSON), agency, "2024年本县财政预算执行情况");

		assertThat(page(get("/officer/dashboard"), head)).contains("<h1>工作概况</h1>", "data-in-time=\"未逾期\"",
				"<h2 id=\"steps-title\">各环节在办及逾期</h2>", "<th scope=\"row\">审查申请（是否需要补正）</th>");
		String english = page(get("/officer/dashboard").cookie(ENGLISH), head);
		assertThat(english).contains("<h1>Overview</h1>", "data-in-time=\"In time\"",
				"data-months=\"Jan,Feb,Mar,Apr,May,Jun,Jul,Aug,Sep,Oct,Nov,Dec\"",
				"<h2 id=\"steps-title\">Open and overdue by step</h2>",
				"<th scope=\"row\">Examine the request (correction needed?)</th>");
		// the charts' data (#dashboard-figures, the API's JSON) is not read by anyone:
		// the
		// charts name their rows as the page's tables do
		String shown = english.replaceAll("(?s)<script type=\"application/json\".*?</script>", "");
		assertThat(shown).doesNotContain("工作概况", "未逾期", "审查申请");
	}

	private String page(MockHttpServletRequestBuilder request, GongkaiUser who) throws Exception {
		return mvc.perform(request.with(user(who)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
