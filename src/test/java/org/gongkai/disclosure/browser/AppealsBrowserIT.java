package org.gongkai.disclosure.browser;

import java.time.LocalDate;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.gongkai.disclosure.Fixtures;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.accounts.Role;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.applicants.ApplicantCategory;
import org.gongkai.disclosure.casework.DisclosureCase;
import org.gongkai.disclosure.deadlines.ReplyDeadlines;
import org.gongkai.disclosure.decisions.Outcome;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 行政复议 against an answer, walked in headless Chromium with axe-core on every page
 * state: registered from the case page (a refused form keeps what was typed), its answer
 * deadline first on the task list, the answer and the decision registered on the appeal's
 * page, then the agency's list of appeals; the applicant sees it on their request.
 */
class AppealsBrowserIT extends BrowserSuite {

	@Test
	void aReviewIsRegisteredAnsweredAndDecidedOnItsPages() {
		Agency agency = fixtures.agency();
		GongkaiUser officer = fixtures.officer(agency, Role.CASE_OFFICER);
		GongkaiUser applicant = fixtures.applicant(ApplicantCategory.NATURAL_PERSON);
		DisclosureCase answered = fixtures.submit(applicant, agency, "本县2025年征地补偿安置方案");
		fixtures.answer(officer, answered.id(), Outcome.UNAVAILABLE_NOT_HELD, "经检索，本机关不掌握该信息。");
		LocalDate today = ReplyDeadlines.today(clock);
		String reference = answered.reference() + "-FY1";
		try (var office = browser.session()) {
			office.signIn(officer.getUsername(), Fixtures.PASSWORD);
			office.open("/officer/cases/" + answered.id());
			Page page = office.page;
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("登记行政复议或行政诉讼")).click();
			page.waitForLoadState();
			office.check("officer-appeal-register");

			page.getByLabel("类型", new Page.GetByLabelOptions().setExact(true)).selectOption("REVIEW");
			page.getByLabel("复议机关或人民法院").fill("某县人民政府");
			page.getByLabel("申请（起诉）日期").fill(today.toString());
			page.getByLabel("收到申请书（起诉状）副本日期").fill(today.minusDays(2).toString());
			register(page, "登记");
			office.check("officer-appeal-register-refused");
			assertThat(page.locator(".error-summary").innerText()).contains("收到副本之日不得早于申请（起诉）之日");
			assertThat(page.getByLabel("复议机关或人民法院").inputValue()).isEqualTo("某县人民政府");
			assertThat(page.getByLabel("类型", new Page.GetByLabelOptions().setExact(true)).inputValue())
				.isEqualTo("REVIEW");

			page.getByLabel("收到申请书（起诉状）副本日期").fill(today.toString());
			register(page, "登记");
			assertThat(page.url()).as(page.locator("main").innerText()).contains("/officer/appeals/");
			office.check("officer-appeal-awaiting-answer");
			assertThat(page.locator("main").innerText()).contains("已登记 " + reference, "办理记录")
				.doesNotContain("REGISTERED");
			String appealUrl = page.url();

			office.open("/officer/tasks").check("officer-tasks-appeal-answer-due");
			assertThat(page.locator("main").innerText()).contains(reference);

			page.navigate(appealUrl);
			Locator answer = form(page, "提交日期");
			answer.getByLabel("提交日期").fill(today.toString());
			answer.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("登记")).click();
			page.waitForLoadState();
			office.check("officer-appeal-answered");
			assertThat(page.locator("main").innerText()).contains("已登记答复及举证");

			Locator decision = form(page, "作出日期");
			decision.getByLabel("类型").selectOption("REVIEW_CLAIM_REJECTED");
			decision.getByLabel("作出日期").fill(today.toString());
			decision.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("登记")).click();
			page.waitForLoadState();
			office.check("officer-appeal-decision-refused");
			assertThat(page.locator("#receivedOn-error").innerText()).contains("请填写收到日期");
			assertThat(page.getByLabel("作出日期").inputValue()).isEqualTo(today.toString());

			decision = form(page, "作出日期");
			decision.getByLabel("收到日期（责令重新答复的，答复期限自此日起重新计算）").fill(today.toString());
			decision.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("登记")).click();
			page.waitForLoadState();
			office.check("officer-appeal-decided");
			assertThat(page.locator("main").innerText()).contains("驳回复议请求", "结果维持");

			office.open("/officer/appeals").check("officer-appeals-list");
			assertThat(page.locator("main").innerText()).contains(reference, "驳回复议请求");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("只看未审结")).click();
			page.waitForLoadState();
			office.check("officer-appeals-pending");
			assertThat(page.locator("main").innerText()).doesNotContain(reference);
		}
		try (var citizen = browser.session()) {
			citizen.signIn(applicant.getUsername(), Fixtures.PASSWORD);
			citizen.open("/my/requests/" + answered.id()).check("applicant-request-with-appeal");
			assertThat(citizen.page.locator("main").innerText()).contains(reference, "某县人民政府");
		}
	}

	/** The form on the page that holds the field labelled {@code label}. */
	private static Locator form(Page page, String label) {
		return page.locator("main form")
			.filter(new Locator.FilterOptions()
				.setHas(page.getByLabel(label, new Page.GetByLabelOptions().setExact(true))));
	}

	private static void register(Page page, String button) {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button).setExact(true)).click();
		page.waitForLoadState();
	}

}
