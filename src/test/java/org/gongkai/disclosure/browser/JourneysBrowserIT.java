package org.gongkai.disclosure.browser;

import java.io.IOException;
import java.nio.file.Files;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.gongkai.disclosure.Fixtures;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.accounts.Role;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.applicants.ApplicantCategory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each role's journey through the real pages in headless Chromium, with axe-core on every
 * page state. Run by {@code mvn -B -Pbrowser verify} (and by {@code .ci/run} after the
 * main suite).
 */
class JourneysBrowserIT extends BrowserSuite {

	@Test
	void aRequestGoesFromTheApplicantThroughTheOfficeAndBackAsAReply() throws IOException {
		Agency agency = fixtures.agency();
		GongkaiUser applicant = fixtures.applicant(ApplicantCategory.NATURAL_PERSON);
		GongkaiUser officer = fixtures.officer(agency, Role.CASE_OFFICER);
		GongkaiUser reviewer = fixtures.officer(agency, Role.LEGAL_REVIEWER);
		GongkaiUser head = fixtures.officer(agency, Role.HEAD_OF_OFFICE);

		String caseUrl;
		try (var citizen = browser.session()) {
			citizen.open("/").check("public-home");
			citizen.open("/login").check("login");
			citizen.signIn(applicant.getUsername(), Fixtures.PASSWORD).check("applicant-requests-empty");
			citizen.open("/my/requests/new").check("applicant-new-request");
			Page page = citizen.page;
			// one question a step: a step left unanswered says so at the top and beside
			// its field
			proceed(page);
			assertThat(page.locator(".error-summary").innerText()).contains("请选择受理机关");
			citizen.check("applicant-new-request-refused");
			page.getByLabel("向哪个机关申请？").selectOption(agency.code());
			proceed(page);
			citizen.check("applicant-new-request-information");
			page.getByLabel("你需要哪些政府信息？").fill("2025年本县财政预算执行情况报告");
			proceed(page);
			citizen.check("applicant-new-request-form");
			page.getByLabel("电子数据").check();
			page.getByLabel("网上获取").check();
			proceed(page);
			assertThat(page.locator("h1").innerText()).isEqualTo("提交前请检查你的申请");
			assertThat(page.locator("dl.answers").innerText()).contains("2025年本县财政预算执行情况报告", "电子数据", "网上获取");
			citizen.check("applicant-new-request-check");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交申请")).click();
			page.waitForLoadState();
			assertThat(page.url()).contains("/my/requests/");
			citizen.check("applicant-request-filed");
			caseUrl = page.url()
				.substring(page.url().indexOf("/my/requests/"))
				.replace("/my/requests/", "/officer/cases/");
		}

		try (var office = browser.session()) {
			office.signIn(officer.getUsername(), Fixtures.PASSWORD).check("officer-tasks");
			Page page = office.page;
			page.getByText("2025年本县财政预算执行情况报告").first().isVisible();
			office.open(caseUrl).check("officer-case-screening");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("申请内容明确，受理并进入办理")).click();
			page.waitForLoadState();
			office.check("officer-case-decide");
			page.getByLabel("办理结果（按《条例》及年度报告统计口径选择一项）").selectOption("DISCLOSED");
			page.getByLabel("答复内容", new Page.GetByLabelOptions().setExact(true)).fill("经审查，你申请获取的信息属于公开范围，现予以提供，详见附件。");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交法制审核").setExact(true)).click();
			page.waitForLoadState();
			office.check("officer-case-in-review");
		}

		approve(reviewer, caseUrl, "审核通过", "reviewer-case-review");
		approve(head, caseUrl, "签发", "head-case-sign-off");
		fixtures.runDueJobs();

		try (var citizen = browser.session()) {
			citizen.signIn(applicant.getUsername(), Fixtures.PASSWORD).check("applicant-requests-answered");
			citizen.open(caseUrl.replace("/officer/cases/", "/my/requests/")).check("applicant-request-answered");
			Page page = citizen.page;
			assertThat(page.locator("main").innerText()).contains("予以公开");
			Download reply = page.waitForDownload(() -> page.locator("main section a")
				.filter(new Locator.FilterOptions().setHasText("PDF"))
				.last()
				.click());
			assertThat(Files.size(reply.path())).isPositive();
		}
	}

	/** The new request's step goes on (its one button in the page's main form). */
	private static void proceed(Page page) {
		page.locator("main form button[type=submit]").click();
		page.waitForLoadState();
	}

	private void approve(GongkaiUser user, String caseUrl, String button, String state) {
		try (var session = browser.session()) {
			session.signIn(user.getUsername(), Fixtures.PASSWORD);
			session.open(caseUrl).check(state);
			session.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button)).click();
			session.page.waitForLoadState();
		}
	}

}
