package org.gongkai.disclosure.browser;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.regex.Pattern;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.gongkai.disclosure.Fixtures;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.accounts.Role;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.applicants.ApplicantCategory;
import org.gongkai.disclosure.deadlines.ReplyDeadlines;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The statistician's report work (issue 16), in headless Chromium with axe-core on every
 * page state: the year's 主动公开 registry as one grid — a mistake shown beside its cell with
 * everything typed kept, then saved whole — and 按上一年度预填 for the next year; a number's
 * records page by page with the CSV download; a ledger written in the office's own words
 * and date forms imported, with each reading shown back, and a ledger with a bad date
 * refused with its problem listed.
 */
class ReportWorkBrowserIT extends BrowserSuite {

	Agency agency;

	@BeforeAll
	void anAgency() {
		agency = fixtures.agency();
	}

	@Test
	void theStatisticianFillsTheRegistryAsOneGridAndCopiesItIntoTheNextYear() {
		GongkaiUser statistician = fixtures.officer(agency, Role.STATISTICIAN);
		int year = ReplyDeadlines.today(clock).getYear() - 2;
		try (var office = browser.session()) {
			office.signIn(statistician.getUsername(), Fixtures.PASSWORD);
			Page page = office.page;
			office.open("/officer/reports?agency=" + agency.code() + "&year=" + year + "&format=2021&scope=agency");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("填写" + year + "年度主动公开登记表")).click();
			page.waitForLoadState();
			office.check("statistician-registry-grid");

			page.getByLabel("规章 本年制发件数").fill("2");
			page.getByLabel("规章 数据来源").fill("规章备案系统");
			page.getByLabel("行政规范性文件 本年制发件数").fill("七");
			page.getByLabel("行政规范性文件 数据来源").fill("规范性文件库");
			page.getByLabel("行政许可 本年处理决定数量").fill("120");
			page.getByLabel("行政事业性收费 本年收费金额（单位：万元）").fill("3.25");
			page.getByLabel("行政事业性收费 数据来源").fill("非税收入系统");
			save(page);

			office.check("statistician-registry-errors");
			assertThat(page.locator(".error-summary").innerText()).contains("“七”不是数字", "数据来源不能为空");
			assertThat(page.locator("#value\\.NORMATIVE_ISSUED-error").innerText()).contains("“七”不是数字");
			assertThat(page.getByLabel("行政规范性文件 本年制发件数").inputValue()).isEqualTo("七");
			assertThat(page.getByLabel("行政许可 本年处理决定数量").inputValue()).isEqualTo("120");
			assertThat(page.getByLabel("行政事业性收费 本年收费金额（单位：万元）").inputValue()).isEqualTo("3.25");

			page.getByLabel("行政规范性文件 本年制发件数").fill("7");
			page.getByLabel("行政许可 数据来源").fill("政务服务平台");
			save(page);
			office.check("statistician-registry-saved");
			assertThat(page.locator("main").innerText()).contains("已保存4项");

			office.open("/officer/reports/registry?year=" + (year + 1) + "&format=2021");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("按" + year + "年度预填")).click();
			page.waitForLoadState();
			office.check("statistician-registry-copied");
			assertThat(page.getByLabel("行政许可 数据来源").inputValue()).isEqualTo("政务服务平台");
			assertThat(page.getByLabel("行政许可 本年处理决定数量").inputValue()).isEmpty();
			assertThat(page.locator("main").innerText()).contains("上年：120");
		}
	}

	@Test
	void aNumbersRecordsArePagedAndDownloadAsCsv() {
		GongkaiUser statistician = fixtures.officer(agency, Role.STATISTICIAN);
		int year = ReplyDeadlines.today(clock).getYear() - 1;
		fixtures.submitOn(LocalDate.of(year, 6, 1), fixtures.applicant(ApplicantCategory.NATURAL_PERSON), agency);
		try (var office = browser.session()) {
			office.signIn(statistician.getUsername(), Fixtures.PASSWORD);
			Page page = office.page;
			office.open("/officer/reports/cell?agency=" + agency.code() + "&year=" + year
					+ "&format=2021&scope=agency&section=%E4%B8%89&row=NEW&column=6");
			office.check("statistician-drill-down");
			Download csv = page.waitForDownload(() -> page.getByText("下载全部记录").click());
			assertThat(csv.suggestedFilename()).endsWith(".csv");
		}
	}

	@Test
	void aLedgerInTheOfficesOwnWordsIsImportedAndItsReadingShownBack() {
		GongkaiUser statistician = fixtures.officer(agency, Role.STATISTICIAN);
		String ledger = """
				编号,申请人类型,收到申请日期,申请渠道,办结日期,办理结果
				%1$s-TZ-1,企业,2021/3/5,信件,2021/3/19,同意公开
				%1$s-TZ-2,自然人,2021年4月6日,微信,2021.4.20,本机关不掌握相关政府信息
				""".formatted(agency.code());
		try (var office = browser.session()) {
			office.signIn(statistician.getUsername(), Fixtures.PASSWORD);
			office.open("/imports").check("statistician-imports");
			Page page = office.page;
			upload(page, "2021年依申请公开台账.csv", ledger);
			page.getByText(Pattern.compile("已导入\\s*2\\s*件申请")).waitFor(new Locator.WaitForOptions().setTimeout(60_000));
			office.check("statistician-import-done");
			assertThat(page.locator("main").innerText()).contains("台账写法的读取", "企业", "商业企业", "信件");

			office.open("/imports");
			upload(page, "有错误的台账.csv", ledger.replace("-TZ-", "-TX-").replace("2021/3/19", "2021/2/30"));
			page.getByText("错误（共").waitFor(new Locator.WaitForOptions().setTimeout(60_000));
			office.check("statistician-import-rejected");
			assertThat(page.locator("main").innerText()).contains("2021/2/30");
			office.open("/imports").check("statistician-imports-listed");
		}
	}

	private static void upload(Page page, String name, String csv) {
		page.getByLabel("台账文件")
			.first()
			.setInputFiles(new FilePayload(name, "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("上传并导入")).first().click();
		page.waitForLoadState();
	}

	private static void save(Page page) {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存全部")).click();
		page.waitForLoadState();
	}

}
