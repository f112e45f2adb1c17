package org.gongkai.disclosure.administration;

import jakarta.servlet.http.Cookie;
import org.gongkai.disclosure.Fixtures;
import org.gongkai.disclosure.GongkaiIntegrationTest;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.accounts.Role;
import org.gongkai.disclosure.agencies.Agency;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 16 item 5 for the administration, reporting and import pages: Chinese by default,
 * English when chosen — the headings, labels, enum words and the messages a controller
 * composes — while the annual report's own contents (the national format's titles, row
 * and column labels) stay Chinese in every language.
 */
@GongkaiIntegrationTest
class AdminPagesInEnglishWebIT {

	private static final Cookie ENGLISH = new Cookie("gongkai-lang", "en");

	@Autowired
	Fixtures fixtures;

	@Autowired
	MockMvc mvc;

	@Test
	void theOrganisationPageInEitherLanguage() throws Exception {
		Agency agency = fixtures.agency();
		GongkaiUser admin = fixtures.officer(agency, Role.ADMINISTRATOR);

		String chinese = page("/admin/organisation", admin, null);
		assertThat(chinese).contains("<h1>组织机构与账号</h1>", "工作人员账号", "导入组织机构", "系统管理员", "本级人民政府", "（无：本级人民政府）",
				"新建（显示一次性临时密码）");

		String english = page("/admin/organisation", admin, ENGLISH);
		assertThat(english).contains("<h1>Organisation and accounts</h1>", "<title>Organisation and accounts · Gongkai",
				"Staff accounts", "Import the organisation", "System administrator",
				"People’s government (at its own level)", "Create (shows a one-time temporary password)",
				"aria-label=\"Reset the password of " + admin.getUsername() + "\"");
		assertThat(english).doesNotContain("工作人员账号", "系统管理员", "新建（显示一次性临时密码）");

		// a message the controller composes speaks the language of the request
		String code = "E" + System.nanoTime() % 1_000_000;
		mvc.perform(post("/admin/organisation/agencies").param("code", code)
			.param("name", "测试部门" + code)
			.param("kind", "DEPARTMENT")
			.param("parentCode", agency.code())
			.param("officeName", "办公室")
			.cookie(ENGLISH)
			.with(user(admin))
			.with(csrf())).andExpect(flash().attribute("message", "Agency " + code + " created"));
		mvc.perform(post("/admin/organisation/accounts/{u}/unlock", "nobody-" + code).with(user(admin)).with(csrf()))
			.andExpect(flash().attribute("error", "账号不存在：nobody-" + code));
	}

	@Test
	void theReportPagesTranslateTheirChromeButNotTheReport() throws Exception {
		Agency agency = fixtures.agency();
		GongkaiUser statistician = fixtures.officer(agency, Role.STATISTICIAN);
		String url = "/officer/reports?agency=" + agency.code() + "&year=2025";

		String chinese = page(url, statistician, null);
		assertThat(chinese).contains("<h1>政府信息公开工作年度报告</h1>", "发布前校验", "导出", "Word（.docx）", "附统计图表", "填写2025年度主动公开登记表",
				"三、收到和处理政府信息公开申请情况");

		String english = page(url, statistician, ENGLISH);
		assertThat(english).contains("<h1>Annual report on open government information</h1>",
				"Checks before publication", "Word (.docx)", "with charts", "aria-label=\"Excel with charts\"",
				"Fill in the 2025 proactive disclosure registry", "2021 format (国办公开办函〔2021〕30号)");
		// the report itself is the statutory national format: Chinese, and marked so
		assertThat(english).contains("三、收到和处理政府信息公开申请情况", "<div lang=\"zh-CN\">");
		assertThat(english).doesNotContain("发布前校验", "附统计图表", "主动公开登记表");

		// the public list of published reports, no sign-in
		assertThat(mvc.perform(get("/reports")).andReturn().getResponse().getContentAsString())
			.contains("<h1>政府信息公开工作年度报告</h1>", "第四十九条");
		assertThat(mvc.perform(get("/reports").cookie(ENGLISH)).andReturn().getResponse().getContentAsString())
			.contains("<h1>Annual reports on open government information</h1>", "articles 49 and 50")
			.doesNotContain("第四十九条");
	}

	@Test
	void theImportPageInEitherLanguage() throws Exception {
		Agency agency = fixtures.agency();
		GongkaiUser statistician = fixtures.officer(agency, Role.STATISTICIAN);

		String chinese = page("/imports", statistician, null);
		assertThat(chinese).contains("<h1>历史台账导入</h1>", "导入申请台账", "上传并导入", "自动识别",
				"<code>reference, applicant_type, received_on, channel, closed_on, outcome</code>");

		String english = page("/imports", statistician, ENGLISH);
		assertThat(english).contains("<h1>Ledger imports</h1>", "Import a requests ledger", "Upload and import",
				"Detect automatically",
				"<code>reference, applicant_type, received_on, channel, closed_on, outcome</code>");
		assertThat(english).doesNotContain("导入申请台账", "上传并导入", "自动识别");

		mvc.perform(multipart("/imports/requests").file("file", new byte[0])
			.cookie(ENGLISH)
			.with(user(statistician))
			.with(csrf())).andExpect(flash().attribute("error", "Choose the ledger file to import"));
	}

	@Test
	void everyOtherPageOfTheAreaRendersInEnglish() throws Exception {
		Agency agency = fixtures.agency();
		GongkaiUser admin = fixtures.officer(agency, Role.ADMINISTRATOR);
		assertThat(page("/admin/audit", admin, ENGLISH)).contains("<h1>Audit log</h1>", "Time (Beijing)");
		assertThat(page("/admin/calendar", admin, ENGLISH)).contains("<h1>Working calendar</h1>",
				"Load (replaces the whole year)");
		assertThat(page("/admin/operations", admin, ENGLISH)).contains("<h1>Operations</h1>", "Overall",
				"Database schema (Flyway)");
		assertThat(page("/admin/appeal-results", admin, ENGLISH))
			.contains("Report part IV: how each type of decision (judgment) is counted");
		assertThat(page("/admin/explanation-settings?agency=" + agency.code(), admin, ENGLISH))
			.contains("While the applicant’s reasons are awaited");

		GongkaiUser statistician = fixtures.officer(agency, Role.STATISTICIAN);
		String registry = page("/officer/reports/registry?agency=" + agency.code() + "&year=2025", statistician,
				ENGLISH);
		// the grid's rows and columns are the format's: Chinese, and marked so
		assertThat(registry).contains("Proactive disclosure registry · 2025", "Prefill from 2024", "Save all",
				"aria-label=\"规章: source of the data\"", "<th scope=\"row\" lang=\"zh-CN\">规章</th>");
		assertThat(page("/officer/reports/diff?agency=" + agency.code() + "&year=2025", statistician, ENGLISH))
			.contains("This year has not been published yet.");
	}

	private String page(String url, GongkaiUser user, Cookie language) throws Exception {
		var request = get(url).with(user(user));
		if (language != null) {
			request.cookie(language);
		}
		String html = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		// Thymeleaf's sign of a key missing from the bundle
		assertThat(html).as(url).doesNotContain("??");
		return html;
	}

}
