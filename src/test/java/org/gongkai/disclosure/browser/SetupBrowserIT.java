package org.gongkai.disclosure.browser;

import com.microsoft.playwright.Page;
import org.gongkai.disclosure.administration.FirstStart;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Go-live in headless Chromium with axe-core on every page state: {@code /setup} exists
 * only while no administrator does, so this class has its own application context and
 * with it its own empty database. The one-time token (printed to the log at start) sets
 * up the 本级人民政府 and the first administrator, after a refusal that keeps what was typed;
 * the administrator then signs in and enrols the second factor.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "camunda.bpm.job-execution.enabled=false",
		"camunda.bpm.generate-unique-process-engine-name=true" })
class SetupBrowserIT extends BrowserSuite {

	@Autowired
	FirstStart firstStart;

	@Test
	void theFirstAdministratorIsCreatedWithTheOneTimeToken() {
		assertThat(firstStart.isOpen()).as("an empty database: no administrator yet").isTrue();
		String token = firstStart.issueToken();
		try (var session = browser.session()) {
			session.open("/setup").check("setup");
			Page page = session.page;
			page.getByLabel("设置令牌").fill(token);
			page.getByLabel("机关代码（大写字母、数字、连字符）").fill("SFX");
			page.getByLabel("名称").fill("示范县人民政府");
			page.getByLabel("政府信息公开工作机构").fill("示范县人民政府办公室");
			page.getByLabel("用户名").fill("admin");
			page.getByLabel("姓名").fill("系统管理员 林");
			page.getByLabel("密码（至少8位）").fill("correct-horse-battery");
			page.getByLabel("再次输入密码").fill("correct-horse-batery");
			submit(page);
			session.check("setup-refused");
			assertThat(page.locator("main").innerText()).contains("两次输入的密码不一致");
			assertThat(page.getByLabel("名称").inputValue()).isEqualTo("示范县人民政府");
			assertThat(page.getByLabel("用户名").inputValue()).isEqualTo("admin");

			page.getByLabel("设置令牌").fill(token);
			page.getByLabel("密码（至少8位）").fill("correct-horse-battery");
			page.getByLabel("再次输入密码").fill("correct-horse-battery");
			submit(page);
			assertThat(page.url()).endsWith("/login");
			session.check("setup-done-login");
			assertThat(page.locator("main").innerText()).contains("系统管理员已创建");

			session.signIn("admin", "correct-horse-battery");
			assertThat(page.url()).contains("/admin/");
			assertThat(firstStart.isOpen()).isFalse();
			assertThat(session.open("/setup").page.locator("main").innerText()).doesNotContain("设置令牌");
		}
	}

	private static void submit(Page page) {
		page.locator("main form button[type=submit]").click();
		page.waitForLoadState();
	}

}
