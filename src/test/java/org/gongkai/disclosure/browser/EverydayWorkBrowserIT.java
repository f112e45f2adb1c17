package org.gongkai.disclosure.browser;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.gongkai.disclosure.Fixtures;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.accounts.Role;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.applicants.ApplicantCategory;
import org.gongkai.disclosure.casework.DisclosureCase;
import org.gongkai.disclosure.casework.routing.CaseRoutings;
import org.gongkai.disclosure.deadlines.ReplyDeadlines;
import org.gongkai.disclosure.decisions.Outcome;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The defects of a county office's ordinary day (issue 16), walked in headless Chromium
 * with axe-core on every page state: the registrar's corrected form keeps its choices; a
 * withdrawal is confirmed and reads 「已撤回」; the task list shows urgency; the statistician
 * starts on the report page and exports; the public list of published reports; the audit
 * page fits the screen; the head lands on the dashboard, whose charts have their tables;
 * the case page leads with the next step, shows a refusal beside its form, zooms its
 * diagram and lets the reviewer read the draft reply; on a 390 px phone the header keeps
 * to two lines and no page is wider than the phone.
 */
class EverydayWorkBrowserIT extends BrowserSuite {

	/** How long an export may take on a busy build machine. */
	private static final Page.WaitForDownloadOptions MADE = new Page.WaitForDownloadOptions().setTimeout(60_000);

	@Autowired
	CaseRoutings routings;

	Agency agency;

	@BeforeAll
	void anAgency() {
		agency = fixtures.agency();
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
			// registered a day after it was received: why, and the evidence
			// (docs/statute.md#back-dated-receipt)
			page.getByLabel("补录理由").fill("挂号信昨日下午签收，今日登记");
			page.getByLabel("收到日期的书面说明").fill("收发室签收簿第12页，签收人王芳");
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
			// one filter, as a GET form: the filtered list is a link, with its count
			page.getByLabel("期限类型").selectOption("CORRECTION_NOTICE");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("筛选")).click();
			page.waitForLoadState();
			office.check("officer-tasks-filtered");
			assertThat(page.url()).contains("kind=CORRECTION_NOTICE");
			int rows = page.locator("tbody tr").count();
			assertThat(rows).isPositive();
			assertThat(page.locator(".task-count").innerText()).isEqualTo("符合筛选条件的共 " + rows + " 项");
			assertThat(page.locator("tbody tr").allInnerTexts()).allSatisfy(row -> assertThat(row).contains("补正告知须于"));
			assertThat(page.getByLabel("期限类型").inputValue()).isEqualTo("CORRECTION_NOTICE");
			page.getByLabel("搜索").fill("没有这样的申请");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("筛选")).click();
			page.waitForLoadState();
			office.check("officer-tasks-no-match");
			assertThat(page.locator("main").innerText()).contains("没有符合筛选条件的期限。");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("清除筛选")).click();
			page.waitForLoadState();
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
			office.open(reportPage(year)).check("statistician-report");
			for (String format : List.of("Word（.docx）", "Excel（.xlsx）")) {
				// made in the background: the live region says each step, then the file
				// comes
				Download export = page.waitForDownload(MADE, () -> exportLink(page, format).click());
				assertThat(export.suggestedFilename()).contains(year + "年政府信息公开工作年度报告");
				assertThat(page.locator("#export-status").innerText()).startsWith("已生成" + format);
				assertThat(page.locator("#export-progress").getAttribute("value"))
					.isEqualTo(page.locator("#export-progress").getAttribute("max"));
			}
			office.check("statistician-report-exported");
			Download withCharts = page.waitForDownload(MADE, () -> page.getByLabel("PDF 附统计图表").click());
			assertThat(withCharts.suggestedFilename()).endsWith(".pdf");
			assertThat(page.locator("#export-progress").getAttribute("max")).as("the charts are a step of their own")
				.isEqualTo("3");
		}
		try (var office = browser.sessionWithoutJavaScript()) {
			office.signIn(statistician.getUsername(), Fixtures.PASSWORD);
			office.open(reportPage(year));
			Download direct = office.page.waitForDownload(() -> exportLink(office.page, "Word（.docx）").click());
			assertThat(direct.suggestedFilename()).as("without JavaScript the link downloads the file directly")
				.contains(year + "年政府信息公开工作年度报告");
			assertThat(direct.url()).contains("/export?");
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

	@Test
	void theHeadLandsOnTheDashboardAndItsChartsHaveTables() {
		GongkaiUser head = fixtures.officer(agency, Role.HEAD_OF_OFFICE);
		GongkaiUser officer = fixtures.officer(agency, Role.CASE_OFFICER);
		GongkaiUser applicant = fixtures.applicant(ApplicantCategory.NATURAL_PERSON);
		Agency department = fixtures.department(agency);
		LocalDate today = ReplyDeadlines.today(clock);
		DisclosureCase answered = fixtures.submit(applicant, agency, "本县2025年公共租赁住房分配结果");
		fixtures.answer(officer, answered.id(), Outcome.DISCLOSED, "经审查，现予以公开。");
		DisclosureCase routed = fixtures.accepted(applicant, agency, officer, "本县2025年农村公路养护资金使用情况");
		fixtures.as(officer,
				() -> routings.route(officer, routed.id(), department.code(), List.of(), today, "请提供养护资金拨付明细"));
		fixtures.runDueJobs();
		fixtures.submit(applicant, agency, "本县2025年中小学食堂食品安全检查结果");
		try (var session = browser.session()) {
			session.signIn(head.getUsername(), Fixtures.PASSWORD);
			Page page = session.page;
			assertThat(page.url()).endsWith("/officer/dashboard");
			page.locator("#chart-intake svg").waitFor();
			page.locator("#chart-departments svg").waitFor();
			session.check("head-dashboard");
			assertThat(page.locator("header nav a[aria-current=page]").innerText()).isEqualTo("工作概况");
			assertThat(page.locator("main").innerText()).contains("本机关在办申请", "各环节在办及逾期", "交办部门在办及逾期");
			page.locator("#steps-title ~ details summary").click();
			page.locator("#departments-title ~ details summary").click();
			assertThat(page.locator("#steps-title ~ details table").innerText()).contains("审查申请（是否需要补正）", "部门提供信息和意见");
			assertThat(page.locator("#departments-title ~ details table").innerText()).contains(department.name());
			session.check("head-dashboard-tables-open");
			page.setViewportSize(390, 844);
			// the charts follow the width when their ResizeObserver fires, a frame or two
			// later
			page.waitForFunction("() => document.documentElement.scrollWidth <= 390");
			assertThat(width(page)).as("the dashboard on a 390 px phone").isLessThanOrEqualTo(390);
			assertThat(page.locator("#chart-intake").boundingBox().width).isLessThanOrEqualTo(390);
		}
	}

	@Test
	void theCasePageLeadsWithTheNextStepAndItsDiagramZooms() {
		GongkaiUser officer = fixtures.officer(agency, Role.CASE_OFFICER);
		GongkaiUser reviewer = fixtures.officer(agency, Role.LEGAL_REVIEWER);
		DisclosureCase filed = fixtures.accepted(fixtures.applicant(ApplicantCategory.NATURAL_PERSON), agency, officer,
				"本县2025年城市排水防涝设施建设规划");
		try (var office = browser.session()) {
			office.signIn(officer.getUsername(), Fixtures.PASSWORD);
			office.open("/officer/cases/" + filed.id());
			Page page = office.page;
			page.locator("#process-diagram .current-step").first().waitFor();
			office.check("officer-case-next-step");
			Locator next = page.locator("#next-step");
			assertThat(next.locator("h2").innerText()).isEqualTo("下一步：拟定答复意见");
			assertThat(next.boundingBox().y).as("the next step starts in the first screen").isLessThan(400);
			assertThat(page.locator(".other-steps details[open]").count()).isZero();

			String before = viewbox(page);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("放大")).click();
			assertThat(viewbox(page)).as("zoomed in").isNotEqualTo(before);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("显示全图")).click();

			// a refused secondary action opens beside its own form, as typed, the problem
			// at its top and beside its field
			page.locator("#step-extension summary").click();
			page.getByLabel("延长的工作日数（最长20个工作日，仅一次）").fill("15");
			page.getByLabel("延期理由").fill(" ");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交负责人审批")).click();
			page.waitForLoadState();
			assertThat(page.url()).endsWith("#refused");
			assertThat(page.locator("#step-extension").getAttribute("open")).isNotNull();
			assertThat(page.locator("#step-extension .error-summary").innerText()).contains("延期理由不能为空");
			assertThat(page.locator("#step-extension #reason-error").innerText()).isEqualTo("延期理由不能为空");
			assertThat(page.getByLabel("延长的工作日数（最长20个工作日，仅一次）").inputValue()).isEqualTo("15");
			office.check("officer-case-refused-beside-its-form");

			page.setViewportSize(390, 844);
			assertThat(width(page)).as("the case page on a 390 px phone").isLessThanOrEqualTo(390);
			assertThat(page.locator("#process-diagram").boundingBox().width).isLessThanOrEqualTo(390);

			page.setViewportSize(1280, 900);
			page.getByLabel("办理结果（按《条例》及年度报告统计口径选择一项）").selectOption("DISCLOSED");
			page.getByLabel("答复内容", new Page.GetByLabelOptions().setExact(true)).fill("经审查，你申请的规划属于公开范围，现予以公开。");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交法制审核").setExact(true)).click();
			page.waitForLoadState();
			office.check("officer-case-waiting-for-review");
		}
		try (var review = browser.session()) {
			review.signIn(reviewer.getUsername(), Fixtures.PASSWORD);
			review.open("/officer/cases/" + filed.id()).check("reviewer-case-with-draft-preview");
			Page page = review.page;
			Locator preview = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("预览答复书草稿（PDF，在新窗口打开）"));
			APIResponse draft = page.request()
				.get(URI.create(page.url()).resolve(preview.getAttribute("href")).toString());
			assertThat(draft.status()).isEqualTo(200);
			assertThat(draft.headers().get("content-type")).isEqualTo("application/pdf");
			assertThat(page.locator("#next-step h2").innerText()).isEqualTo("下一步：法制审核");
		}
	}

	/** The diagram's zoom and pan: the transform of bpmn-js's viewport layer. */
	private static String viewbox(Page page) {
		return (String) page
			.evaluate("() => document.querySelector('#process-diagram .viewport').getAttribute('transform')");
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

	private String reportPage(int year) {
		return "/officer/reports?agency=" + agency.code() + "&year=" + year + "&format=2021&scope=agency";
	}

	private static Locator exportLink(Page page, String format) {
		return page.locator(".export-links a").filter(new Locator.FilterOptions().setHasText(format)).first();
	}

}
