package org.gongkai.disclosure.browser;

import java.util.List;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.gongkai.disclosure.Fixtures;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.accounts.Role;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.applicants.ApplicantCategory;
import org.gongkai.disclosure.browser.Chromium.Focus;
import org.gongkai.disclosure.browser.Chromium.Session;
import org.gongkai.disclosure.casework.DisclosureCase;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages around signing in, and the keyboard, in headless Chromium with axe-core on
 * every page state: registration listing every problem at once; a forgotten password
 * asked for and a wrong code refused; an unknown address answered in words; and what axe
 * does not check — on the public, applicant and officer pages the first Tab reaches the
 * skip link, which is then visible and leads into the page's main content, and every
 * focused control shows a visible focus indicator (WCAG 2.4.1, 2.4.7); and on a 390 px
 * phone those pages' headers keep to two lines.
 */
class AccountsBrowserIT extends BrowserSuite {

	@Test
	void aCitizenRegistersAndEveryProblemIsListedAtOnce() {
		try (var anybody = browser.session()) {
			anybody.open("/login");
			Page page = anybody.page;
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("注册申请人账号")).click();
			page.waitForLoadState();
			anybody.check("applicant-registration");
			page.locator("main form button[type=submit]").last().click();
			page.waitForLoadState();
			anybody.check("applicant-registration-errors");
			assertThat(page.locator(".error-summary li").count()).isGreaterThan(1);
		}
	}

	@Test
	void aForgottenPasswordIsAskedForAndAWrongCodeRefused() {
		GongkaiUser applicant = fixtures.applicant(ApplicantCategory.NATURAL_PERSON);
		try (var anybody = browser.session()) {
			anybody.open("/login");
			Page page = anybody.page;
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("忘记密码？")).click();
			page.waitForLoadState();
			anybody.check("password-forgot");
			page.getByLabel("用户名").fill(applicant.getUsername());
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("发送验证码")).click();
			page.waitForLoadState();
			assertThat(page.url()).contains("/password/reset");
			anybody.check("password-reset");
			assertThat(page.getByLabel("用户名").inputValue()).isEqualTo(applicant.getUsername());
			page.getByLabel("验证码（6位数字）").fill("000000");
			page.getByLabel("新密码（至少8位）").fill("staple-battery-horse");
			page.getByLabel("再次输入新密码").fill("staple-battery-horse");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("重设密码")).click();
			page.waitForLoadState();
			anybody.check("password-reset-refused");
			assertThat(page.locator("#reset-error").innerText()).contains("验证码不正确");
		}
	}

	@Test
	void anUnknownAddressIsAnsweredInWords() {
		try (var anybody = browser.session()) {
			anybody.open("/no-such-page").check("error-not-found");
			assertThat(anybody.page.locator("main").innerText()).isNotBlank().doesNotContain("Whitelabel", "Exception");
		}
	}

	/**
	 * Issue 16 item 5: English chosen with the header's switch is kept while the citizen
	 * signs in and follows a request; the pages say they are English ({@code lang}), and
	 * axe checks them as such.
	 */
	@Test
	void aCitizenChoosesEnglishAndFollowsTheirRequestInIt() {
		Agency agency = fixtures.agency();
		GongkaiUser applicant = fixtures.applicant(ApplicantCategory.NATURAL_PERSON);
		DisclosureCase filed = fixtures.submit(applicant, agency, "本县2025年城市公园绿化养护合同");
		try (var citizen = browser.session()) {
			citizen.open("/");
			Page page = citizen.page;
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English")).click();
			page.waitForLoadState();
			assertThat(page.locator("html").getAttribute("lang")).isEqualTo("en");
			citizen.check("english-home");
			citizen.signIn(applicant.getUsername(), Fixtures.PASSWORD);
			citizen.open("/my/requests");
			assertThat(page.locator("html").getAttribute("lang")).isEqualTo("en");
			assertThat(page.locator("h1").innerText()).isEqualTo("My requests");
			citizen.check("english-my-requests");
			citizen.open("/my/requests/" + filed.id());
			assertThat(page.locator(".progress-view h2").innerText()).isEqualTo("Progress");
			citizen.check("english-request");
		}
	}

	@Test
	void theFirstTabReachesTheSkipLinkAndEveryFocusIsVisible() {
		Agency agency = fixtures.agency();
		GongkaiUser applicant = fixtures.applicant(ApplicantCategory.NATURAL_PERSON);
		GongkaiUser officer = fixtures.officer(agency, Role.CASE_OFFICER);
		DisclosureCase filed = fixtures.accepted(applicant, agency, officer, "本县2025年城市公园绿化养护合同");
		try (var anybody = browser.session()) {
			keyboard(anybody, List.of("/", "/login", "/register"));
		}
		try (var citizen = browser.session()) {
			citizen.signIn(applicant.getUsername(), Fixtures.PASSWORD);
			keyboard(citizen, List.of("/my/requests", "/my/requests/new", "/my/requests/" + filed.id()));
		}
		try (var office = browser.session()) {
			office.signIn(officer.getUsername(), Fixtures.PASSWORD);
			keyboard(office, List.of("/officer/tasks", "/officer/cases/" + filed.id(), "/officer/appeals"));
		}
	}

	/**
	 * From the top of each page: Tab reaches the skip link first, shown on the screen
	 * with a focus indicator; Enter on it and Tab reach the main content; the next Tabs
	 * each show where the focus is.
	 */
	private static void keyboard(Session session, List<String> paths) {
		for (String path : paths) {
			session.open(path).page.waitForLoadState();
			Focus skip = session.tab();
			assertThat(skip.element()).as("the first Tab on %s", path).isEqualTo("a.skip");
			assertThat(skip.href()).isEqualTo("#main");
			assertThat(skip.text()).isEqualTo("跳到主要内容");
			assertThat(skip.visible()).as("the skip link on %s, focused: %s", path, skip).isTrue();
			session.page.keyboard().press("Enter");
			Focus first = session.tab();
			assertThat(first.inMain()).as("after the skip link on %s: %s", path, first).isTrue();
			assertThat(first.visible()).as("the focus on %s: %s", path, first).isTrue();
			for (int i = 0; i < 4; i++) {
				Focus next = session.tab();
				if (next.element().equals("body")) {
					break; // past the page's last control: the focus is in the browser's
							// own bar
				}
				assertThat(next.visible()).as("the focus on %s: %s", path, next).isTrue();
			}
			headerOnAPhone(session.page, path);
		}
	}

	/**
	 * On a 390 px phone the header keeps to two lines: the brand (with the sign-out or
	 * sign-in) and the menu on one line of its own (it scrolls sideways if it must).
	 */
	private static void headerOnAPhone(Page page, String path) {
		page.setViewportSize(Chromium.PHONE, 844);
		double line = page.locator("header .brand").boundingBox().height;
		assertThat(page.locator("header nav").boundingBox().height).as("the menu on one line on %s", path)
			.isLessThan(line * 1.9);
		assertThat(page.locator("header").boundingBox().height).as("the header on two lines on %s", path)
			.isLessThan(line * 2 + page.locator("header nav").boundingBox().height + 24);
		page.setViewportSize(1280, 900);
	}

}
