package org.gongkai.disclosure.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.zonky.test.db.AutoConfigureEmbeddedDatabase;
import io.zonky.test.db.AutoConfigureEmbeddedDatabase.DatabaseProvider;
import io.zonky.test.db.AutoConfigureEmbeddedDatabase.DatabaseType;
import org.gongkai.disclosure.Fixtures;
import org.gongkai.disclosure.TestClock;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.accounts.Role;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.applicants.ApplicantCategory;
import org.gongkai.disclosure.casework.DisclosureCase;
import org.gongkai.disclosure.deadlines.ReplyDeadlines;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The defects of a county office's ordinary day (issue 16), walked in headless Chromium
 * with axe-core on every page state: the registrar's corrected form keeps its choices; a
 * withdrawal is confirmed and reads 「已撤回」; the task list shows urgency; the statistician
 * starts on the report page and exports; the public list of published reports; the audit
 * page fits the screen; on a 390 px phone the header keeps to two lines and no page is
 * wider than the phone.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "camunda.bpm.job-execution.enabled=false")
@AutoConfigureEmbeddedDatabase(provider = DatabaseProvider.ZONKY, type = DatabaseType.POSTGRES)
@Import({ TestClock.class, Fixtures.class })
@TestInstance(Lifecycle.PER_CLASS)
class EverydayWorkBrowserIT {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestClock clock;

	Chromium browser;

	Agency agency;

	@BeforeAll
	void startBrowser() throws IOException {
		browser = new Chromium("http://localhost:" + port, clock);
		agency = fixtures.agency();
	}

	@AfterAll
	void stopBrowser() throws IOException {
		Files.write(Chromium.SCREENSHOTS.resolve("axe-violations-everyday.txt"), browser.violations(),
				StandardCharsets.UTF_8);
		browser.close();
		assertThat(browser.violations()).as("axe-core violations and JavaScript errors").isEmpty();
	}

	@Test
	void theRegistrarsCorrectedFormKeepsItsChoices() {
		GongkaiUser registrar = fixtures.officer(agency, Role.REGISTRAR);
		LocalDate today = ReplyDeadlines.today(clock);
		try (var office = browser.session()) {
			office.signIn(registrar.getUsername(), Fixtures.PASSWORD);
			office.open("/officer/register").check("registrar-register");
			Page page = office.page;
			page.getByLabel("提交渠道").selectOption("REGISTERED_MAIL");
			exact(page, "提交日期").fill(today.minusDays(3).toString());
			page.getByLabel("申请人类型").selectOption("COMMERCIAL_ENTERPRISE");
			page.getByLabel("姓名或名称").fill("示范科技有限公司");
			page.getByLabel("身份证明类型").selectOption("UNIFIED_SOCIAL_CREDIT_CODE");
			String creditCode = Fixtures.validCreditCode();
			page.getByLabel("身份证明号码").fill(creditCode);
			page.getByLabel("联系电话").fill("0591-1234567");
			page.getByLabel("所需政府信息的名称、文号或特征性描述").fill("本县2025年工业园区土地出让合同");
			page.getByLabel("提供形式").selectOption("ELECTRONIC");
			page.getByLabel("获取方式").selectOption("EMAIL");
			submit(page);

			office.check("registrar-register-errors");
			assertThat(page.locator(".error-summary").innerText()).contains("请填写签收日期");
			assertThat(page.locator("#receivedOn-error").innerText()).contains("请填写签收日期");
			assertThat(page.getByLabel("提交渠道").inputValue()).isEqualTo("REGISTERED_MAIL");
			assertThat(page.getByLabel("申请人类型").inputValue()).isEqualTo("COMMERCIAL_ENTERPRISE");
			assertThat(page.getByLabel("身份证明类型").inputValue()).isEqualTo("UNIFIED_SOCIAL_CREDIT_CODE");
			assertThat(page.getByLabel("身份证明号码").inputValue()).isEqualTo(creditCode);
			assertThat(page.getByLabel("提供形式").inputValue()).isEqualTo("ELECTRONIC");
			assertThat(page.getByLabel("获取方式").inputValue()).isEqualTo("EMAIL");

			page.getByLabel("签收或确认日期").fill(today.minusDays(1).toString());
			submit(page);
			assertThat(page.url()).contains("/officer/cases/");
			office.check("registrar-case-registered");
			String summary = page.locator("main").innerText();
			assertThat(summary).contains("邮寄（需签收）", "商业企业", "收到申请之日 " + today.minusDays(1));
		}
	}

	@Test
	void aWithdrawalIsConfirmedAndReadsWithdrawn() {
		GongkaiUser applicant = fixtures.applicant(ApplicantCategory.NATURAL_PERSON);
		GongkaiUser officer = fixtures.officer(agency, Role.CASE_OFFICER);
		DisclosureCase filed = fixtures.submit(applicant, agency, "本县2025年老旧小区改造计划");
		try (var citizen = browser.session()) {
			citizen.signIn(applicant.getUsername(), Fixtures.PASSWORD);
			citizen.open("/my/requests/" + filed.id()).check("applicant-request-open");
			Page page = citizen.page;
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("撤回本申请…")).click();
			page.waitForLoadState();
			citizen.check("applicant-withdraw-confirm");
			page.getByLabel("撤回理由（可选）").fill("已从政府网站查到");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("确认撤回")).click();
			page.waitForLoadState();
			citizen.check("applicant-request-withdrawn");
			assertThat(page.locator("main").innerText()).contains("已撤回").doesNotContain("已办结", "其他处理");
		}
		try (var office = browser.session()) {
			office.signIn(officer.getUsername(), Fixtures.PASSWORD);
			office.open("/officer/cases/" + filed.id()).check("officer-case-withdrawn");
			assertThat(office.page.locator("main").innerText()).contains("已撤回").doesNotContain("其他处理 — 其他");
		}
	}

	@Test
	void theTaskListShowsUrgencyAndFitsAPhone() {
		GongkaiUser officer = fixtures.officer(agency, Role.CASE_OFFICER);
		GongkaiUser applicant = fixtures.applicant(ApplicantCategory.NATURAL_PERSON);
		fixtures.submit(applicant, agency, "本县2025年义务教育学校招生划片方案");
		try (var office = browser.session()) {
			office.signIn(officer.getUsername(), Fixtures.PASSWORD).check("officer-tasks-urgency");
			Page page = office.page;
			assertThat(page.locator("main").innerText()).contains("剩余", "补正告知须于");
			page.setViewportSize(390, 844);
			assertThat(width(page)).as("the task list on a 390 px phone").isLessThanOrEqualTo(390);
			double header = page.locator("header").boundingBox().height;
			double line = page.locator("header .brand").boundingBox().height;
			assertThat(header).as("the header on a 390 px phone: two lines, not three")
				.isLessThan(line * 2 + page.locator("header nav").boundingBox().height + 24);
			assertThat(page.locator("header nav").boundingBox().height).as("the menu on one line")
				.isLessThan(line * 1.9);
		}
	}

	@Test
	void theStatisticianStartsOnTheReportPageAndExports() {
		GongkaiUser statistician = fixtures.officer(agency, Role.STATISTICIAN);
		int year = ReplyDeadlines.today(clock).getYear() - 1;
		try (var office = browser.session()) {
			office.signIn(statistician.getUsername(), Fixtures.PASSWORD);
			Page page = office.page;
			assertThat(page.url()).endsWith("/officer/reports");
			office.check("statistician-start");
			office.open("/officer/reports?agency=" + agency.code() + "&year=" + year + "&format=2021&scope=agency")
				.check("statistician-report");
			for (String format : List.of("Word（.docx）", "Excel（.xlsx）")) {
				Download export = page.waitForDownload(() -> page.locator(".export-links a")
					.filter(new Locator.FilterOptions().setHasText(format))
					.first()
					.click());
				assertThat(export.suggestedFilename()).contains(year + "年政府信息公开工作年度报告");
			}
		}
		try (var anybody = browser.session()) {
			anybody.open("/").check("public-home-guidance");
			anybody.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("各机关政府信息公开工作年度报告")).click();
			anybody.page.waitForLoadState();
			assertThat(anybody.page.url()).endsWith("/reports");
			anybody.check("public-reports");
		}
	}

	@Test
	void theAuditPageFitsTheScreenAndReadsInWords() {
		GongkaiUser admin = fixtures.officer(agency, Role.ADMINISTRATOR);
		fixtures.submit(fixtures.applicant(ApplicantCategory.NATURAL_PERSON), agency, "本县2025年河道采砂许可");
		try (var session = browser.session()) {
			session.signIn(admin.getUsername(), Fixtures.PASSWORD);
			Page page = session.page;
			assertThat(page.url()).contains("/admin/audit");
			session.check("admin-audit");
			assertThat(width(page)).as("the audit page at 1280 px").isLessThanOrEqualTo(1280);
			assertThat(page.locator("main").innerText()).contains("在线提交申请").doesNotContain("CASE_SUBMITTED");
			page.setViewportSize(390, 844);
			assertThat(width(page)).as("the audit page on a 390 px phone").isLessThanOrEqualTo(390);
		}
	}

	private static Locator exact(Page page, String label) {
		return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
	}

	private static void submit(Page page) {
		page.locator("main form button[type=submit]").last().click();
		page.waitForLoadState();
	}

	private static int width(Page page) {
		return ((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue();
	}

}
