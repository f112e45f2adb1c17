package org.gongkai.disclosure.browser;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.gongkai.disclosure.Fixtures;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.accounts.Role;
import org.gongkai.disclosure.agencies.Agency;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The administrator's pages in headless Chromium with axe-core on every page state: the
 * organisation, where a new officer's account is made with a one-time password that the
 * officer must change at the first sign-in; the working calendar (a year refused without
 * its statutory holidays); the 《条例》第三十五条 settings (a refusal beside its field, then
 * saved); the appeal results' counting rules (in words, no source notes); operations. The
 * second sign-in goes through the code page.
 */
class AdministrationBrowserIT extends BrowserSuite {

	@Test
	void theAdministratorMakesAnAccountWhoseOfficerChangesTheTemporaryPassword() {
		Agency agency = fixtures.agency();
		GongkaiUser admin = fixtures.officer(agency, Role.ADMINISTRATOR);
		String username = "officer-" + Long.toString(System.nanoTime(), 36);
		String temporary;
		try (var session = browser.session()) {
			session.signIn(admin.getUsername(), Fixtures.PASSWORD);
			session.open("/admin/organisation").check("admin-organisation");
			Page page = session.page;
			page.locator("summary").filter(new Locator.FilterOptions().setHasText("新建账号")).click();
			page.getByLabel("用户名").fill(username);
			page.getByLabel("姓名").fill("李四");
			page.getByLabel("角色").selectOption("CASE_OFFICER");
			page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("机关").setExact(true))
				.selectOption(agency.code());
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("新建（显示一次性临时密码）")).click();
			page.waitForLoadState();
			session.check("admin-organisation-account-created");
			Matcher shown = Pattern.compile("账号 (\\S+) 的一次性临时密码：(\\S+?)（")
				.matcher(page.locator("main .message").innerText());
			assertThat(shown.find()).isTrue();
			assertThat(shown.group(1)).isEqualTo(username);
			temporary = shown.group(2);
		}
		try (var officer = browser.session()) {
			officer.signIn(username, temporary);
			Page page = officer.page;
			officer.open("/officer/tasks");
			assertThat(page.url()).as("nothing before the password is changed").endsWith("/account/password");
			officer.check("account-password-required");
			page.getByLabel("当前密码").fill(temporary);
			page.getByLabel("新密码（至少8位）").fill("staple-battery-horse");
			page.getByLabel("再次输入新密码").fill("staple-battery-hose");
			submit(page);
			officer.check("account-password-mismatch");
			assertThat(page.locator("main").innerText()).contains("两次输入的新密码不一致");
			page.getByLabel("当前密码").fill(temporary);
			page.getByLabel("新密码（至少8位）").fill("staple-battery-horse");
			page.getByLabel("再次输入新密码").fill("staple-battery-horse");
			submit(page);
			officer.check("officer-first-sign-in-password-changed");
			assertThat(page.locator("main").innerText()).contains("密码已修改");
		}
	}

	@Test
	void theAdministratorKeepsTheCalendarTheRulesAndTheSystem() {
		Agency agency = fixtures.agency();
		GongkaiUser admin = fixtures.officer(agency, Role.ADMINISTRATOR);
		try (var enrolment = browser.session()) {
			enrolment.signIn(admin.getUsername(), Fixtures.PASSWORD);
		}
		try (var session = browser.session()) {
			// enrolled already: this sign-in asks for the authenticator's code
			session.signIn(admin.getUsername(), Fixtures.PASSWORD);
			Page page = session.page;

			session.open("/admin/calendar").check("admin-calendar");
			page.getByLabel("年度").fill("2099");
			page.getByLabel("来源（如").fill("测试：缺少法定节假日的年度");
			page.getByLabel("调整日，每行一天").fill("2099-01-01,holiday,元旦");
			submit(page);
			session.check("admin-calendar-refused");
			assertThat(page.locator("main").innerText()).contains("2099年日历缺少法定节假日", "未作任何修改");
			assertThat(page.getByLabel("调整日，每行一天").inputValue()).isEqualTo("2099-01-01,holiday,元旦");

			session.open("/admin/explanation-settings").check("admin-explanation-settings");
			page.getByLabel("延迟答复的合理期限").fill("99");
			submit(page);
			session.check("admin-explanation-settings-refused");
			assertThat(page.locator(".error-summary").innerText()).isNotBlank();
			assertThat(page.locator("#delayWorkingDays-error").innerText()).isNotBlank();
			assertThat(page.getByLabel("延迟答复的合理期限").inputValue()).isEqualTo("99");
			page.getByLabel("延迟答复的合理期限").fill("10");
			submit(page);
			session.check("admin-explanation-settings-saved");
			assertThat(page.locator("main").innerText()).contains("已保存 " + agency.code() + "：延迟答复10个工作日");

			session.open("/admin/appeal-results").check("admin-appeal-results");
			assertThat(page.locator("main").innerText()).contains("驳回复议请求").doesNotContain("§", "规格说明");

			session.open("/admin/operations").check("admin-operations");
			assertThat(page.locator("main").innerText()).contains("健康状况", "失败的作业");
		}
	}

	private static void submit(Page page) {
		page.locator("main form button[type=submit]").last().click();
		page.waitForLoadState();
	}

}
