package org.gongkai.disclosure.browser;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.gongkai.disclosure.Fixtures;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.accounts.Role;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.applicants.ApplicantCategory;
import org.gongkai.disclosure.casework.DisclosureCase;
import org.gongkai.disclosure.decisions.Outcome;
import org.gongkai.disclosure.deadlines.ReplyDeadlines;
import org.gongkai.disclosure.proactive.ProactiveItem;
import org.gongkai.disclosure.proactive.ProactiveRegistry;
import org.gongkai.disclosure.proactive.ProactiveRegistry.NewFigure;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The annual report from its texts to the public (《条例》第四十九条、第五十条), in headless Chromium
 * with axe-core on every page state: the statistician writes the report's own texts on
 * the report page, which tells them that the head publishes; the head is offered 发布 and
 * publishes; then anybody, without signing in, finds the report on {@code /reports} and
 * reads it as a web page, and its PDF is there. A request of the year answered after
 * publishing makes the head compare the published report with the records, cell by cell.
 */
class PublishingBrowserIT extends BrowserSuite {

	/** Section 二 of the 2021 format: what the registry must hold before publishing. */
	static final List<ProactiveItem> SECTION_TWO = List.of(ProactiveItem.REGULATIONS_ISSUED,
			ProactiveItem.REGULATIONS_REPEALED, ProactiveItem.REGULATIONS_IN_FORCE, ProactiveItem.NORMATIVE_ISSUED,
			ProactiveItem.NORMATIVE_REPEALED, ProactiveItem.NORMATIVE_IN_FORCE, ProactiveItem.LICENSING_DECISIONS,
			ProactiveItem.PENALTY_DECISIONS, ProactiveItem.COERCION_DECISIONS, ProactiveItem.FEES_AMOUNT);

	@Autowired
	ProactiveRegistry registry;

	@Test
	void theHeadPublishesAndAnybodyReadsTheReportWithoutSigningIn() {
		Agency agency = fixtures.agency();
		GongkaiUser statistician = fixtures.officer(agency, Role.STATISTICIAN);
		GongkaiUser head = fixtures.officer(agency, Role.HEAD_OF_OFFICE);
		int year = ReplyDeadlines.today(clock).getYear() - 1;
		fixtures.as(statistician, () -> registry.enter(statistician, agency.code(), year,
				SECTION_TWO.stream().map(item -> new NewFigure(item, BigDecimal.ZERO, "业务台账", null)).toList()));
		String reportPage = "/officer/reports?agency=" + agency.code() + "&year=" + year + "&format=2021&scope=agency";
		String title = agency.name() + year + "年政府信息公开工作年度报告";

		try (var office = browser.session()) {
			office.signIn(statistician.getUsername(), Fixtures.PASSWORD);
			office.open(reportPage).check("statistician-report-drafted");
			Page page = office.page;
			write(page, "一、总体情况", "本年度政府信息公开工作总体情况如下：依申请公开工作平稳有序。");
			write(page, "五、存在的主要问题及改进情况", "本年度存在的主要问题是答复说理不够充分，下一年度将加强培训。");
			office.check("statistician-report-written");
			assertThat(page.locator("main").innerText()).contains("由本机关公开工作机构负责人发布");
			assertThat(publishButton(page).count()).isZero();
		}

		try (var office = browser.session()) {
			office.signIn(head.getUsername(), Fixtures.PASSWORD);
			office.open(reportPage).check("head-report-publishable");
			Page page = office.page;
			assertThat(page.locator("main").innerText()).doesNotContain("现在还不能发布");
			publishButton(page).click();
			page.waitForLoadState();
			office.check("head-report-published");
			assertThat(page.locator("main").innerText()).contains("第1版");
			assertThat(publishButton(page).count()).as("nothing changed: no 更正 offered").isZero();

			// a request of the year answered after publishing: the records no longer
			// match
			// the published report, cell by cell
			answeredLate(agency, year);
			office.open(reportPage);
			assertThat(page.locator("main").innerText()).contains("记录已变化，需要更正");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("与已发布版本逐格比对")).click();
			page.waitForLoadState();
			assertThat(page.url()).contains("/officer/reports/diff");
			office.check("head-report-diff");
			assertThat(page.locator("main table").innerText()).contains("已发布", "现在");
		}

		try (var anybody = browser.session()) {
			anybody.open("/").page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("各机关政府信息公开工作年度报告"))
				.click();
			Page page = anybody.page;
			page.waitForLoadState();
			anybody.check("public-reports-published");
			Locator html = page.getByRole(AriaRole.LINK,
					new Page.GetByRoleOptions().setName(agency.name() + year + "年度报告 网页版"));
			Locator pdf = page.getByRole(AriaRole.LINK,
					new Page.GetByRoleOptions().setName(agency.name() + year + "年度报告 PDF"));
			APIResponse file = page.request().get(absolute(page, pdf.getAttribute("href")));
			assertThat(file.status()).isEqualTo(200);
			assertThat(new String(file.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
			APIResponse web = page.request().get(absolute(page, html.getAttribute("href")));
			assertThat(web.status()).isEqualTo(200);
			assertThat(web.headers().get("content-type")).startsWith("text/html");
			// served sandboxed (Content-Security-Policy: sandbox), where no script runs,
			// not even axe through DevTools: axe reads the same document in a blank page
			assertThat(web.headers().get("content-security-policy")).contains("sandbox");
			page.setContent(web.text());
			anybody.check("public-report-html");
			assertThat(page.locator("body").innerText()).contains(title, "本年度政府信息公开工作总体情况如下");
		}
	}

	/**
	 * A request of {@code year} received and answered in its December (on working days),
	 * the clock back to now afterwards.
	 */
	private void answeredLate(Agency agency, int year) {
		GongkaiUser officer = fixtures.officer(agency, Role.CASE_OFFICER);
		LocalDate monday = LocalDate.of(year, 12, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
		try {
			DisclosureCase late = fixtures.submitOn(monday, fixtures.applicant(ApplicantCategory.NATURAL_PERSON),
					agency);
			fixtures.answerOn(monday.plusDays(2), officer, late.id(), Outcome.DISCLOSED);
		}
		finally {
			clock.reset();
		}
	}

	/** Writes one of the report's texts and saves it with its own form. */
	private static void write(Page page, String heading, String text) {
		Locator form = page.locator("main form")
			.filter(new Locator.FilterOptions()
				.setHas(page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName(heading))));
		form.getByRole(AriaRole.TEXTBOX).fill(text);
		form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("保存")).click();
		page.waitForLoadState();
		assertThat(page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName(heading)).inputValue())
			.isEqualTo(text);
	}

	private static Locator publishButton(Page page) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("发布").setExact(true));
	}

	private static String absolute(Page page, String href) {
		return page.url().substring(0, page.url().indexOf("/", "http://".length())) + href;
	}

}
