package org.gongkai.disclosure.browser;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;

import javax.imageio.ImageIO;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Mouse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.FilePayload;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.gongkai.disclosure.Fixtures;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.accounts.Role;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.applicants.ApplicantCategory;
import org.gongkai.disclosure.applicants.ApplicantDetails;
import org.gongkai.disclosure.applicants.IdDocumentType;
import org.gongkai.disclosure.casework.Channel;
import org.gongkai.disclosure.casework.DeliveryMethod;
import org.gongkai.disclosure.casework.DisclosureCase;
import org.gongkai.disclosure.casework.RequestedForm;
import org.gongkai.disclosure.casework.intake.AgentDetails;
import org.gongkai.disclosure.casework.intake.IntakeFile;
import org.gongkai.disclosure.casework.intake.OfflineRequest;
import org.gongkai.disclosure.casework.intake.RequestIntake;
import org.gongkai.disclosure.deadlines.ReplyDeadlines;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The work between filing and the answer that crosses people, in headless Chromium with
 * axe-core on every page state: a case routed to a department, whose officer answers on
 * the routed page; a 补正 asked by the officer, told to the applicant and answered on the
 * applicant's page; a partly disclosed file redacted on the page with pdf.js, and the
 * printable list of released files; a request for the applicant's own information, filed
 * by an agent, whose identity check is recorded on the case page.
 */
class CaseworkBrowserIT extends BrowserSuite {

	@Autowired
	RequestIntake intake;

	Agency agency;

	@BeforeAll
	void anAgency() {
		agency = fixtures.agency();
	}

	@Test
	void aCaseIsRoutedToADepartmentWhoseOfficerAnswers() {
		Agency department = fixtures.department(agency);
		GongkaiUser officer = fixtures.officer(agency, Role.CASE_OFFICER);
		GongkaiUser departmentOfficer = fixtures.officer(department, Role.CASE_OFFICER);
		GongkaiUser applicant = fixtures.applicant(ApplicantCategory.NATURAL_PERSON);
		DisclosureCase filed = fixtures.accepted(applicant, agency, officer, "本县2025年农村饮水安全工程验收报告");
		LocalDate due = ReplyDeadlines.today(clock).plusDays(7);
		try (var office = browser.session()) {
			office.signIn(officer.getUsername(), Fixtures.PASSWORD);
			office.open("/officer/cases/" + filed.id());
			Page page = office.page;
			page.locator("#step-routing summary").click();
			page.getByLabel("承办部门").selectOption(department.code());
			page.getByLabel("部门办理期限").fill(ReplyDeadlines.today(clock).minusDays(1).toString());
			page.getByLabel("交办事项").fill("请提供验收报告及是否可以公开的意见");
			office.check("officer-case-routing-form");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("交办").setExact(true)).click();
			page.waitForLoadState();
			// refused: the form comes back open, as typed, its problem beside the date
			assertThat(page.locator("#step-routing").getAttribute("open")).isNotNull();
			assertThat(page.locator("#dueOn-error").innerText()).isEqualTo("请填写部门办理期限（不早于今天）");
			assertThat(page.getByLabel("承办部门").inputValue()).isEqualTo(department.code());
			assertThat(page.getByLabel("交办事项").inputValue()).isEqualTo("请提供验收报告及是否可以公开的意见");
			office.check("officer-case-routing-refused");
			page.getByLabel("部门办理期限").fill(due.toString());
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("交办").setExact(true)).click();
			page.waitForLoadState();
			office.check("officer-case-routed");
			assertThat(page.locator("main").innerText()).contains(department.name(), "待反馈");
		}
		fixtures.runDueJobs();
		try (var dept = browser.session()) {
			dept.signIn(departmentOfficer.getUsername(), Fixtures.PASSWORD).check("department-tasks");
			Page page = dept.page;
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(filed.reference())).first().click();
			page.waitForLoadState();
			assertThat(page.url()).contains("/officer/routed/" + filed.id());
			dept.check("department-routed");
			assertThat(page.locator("main").innerText()).contains("请提供验收报告及是否可以公开的意见", due.toString())
				.doesNotContain(applicant.displayName());
			page.getByLabel("本部门掌握的信息、是否可以公开及理由").fill("本部门持有验收报告一份，可以公开。");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交").setExact(true)).click();
			page.waitForLoadState();
			assertThat(page.locator("main").innerText()).contains("已反馈办理意见");
			dept.open("/officer/routed/" + filed.id()).check("department-routed-answered");
			assertThat(page.locator("main").innerText()).contains("本部门持有验收报告一份，可以公开。");
			assertThat(page.getByLabel("本部门掌握的信息、是否可以公开及理由").count()).as("answered once").isZero();
		}
		try (var office = browser.session()) {
			office.signIn(officer.getUsername(), Fixtures.PASSWORD);
			office.open("/officer/cases/" + filed.id()).check("officer-case-department-answered");
			assertThat(office.page.locator("main").innerText()).contains("本部门持有验收报告一份，可以公开。");
		}
	}

	@Test
	void theApplicantIsToldOfACorrectionAndAnswersItOnTheirPage() {
		GongkaiUser applicant = fixtures.applicant(ApplicantCategory.NATURAL_PERSON);
		GongkaiUser officer = fixtures.officer(agency, Role.CASE_OFFICER);
		DisclosureCase filed = fixtures.submit(applicant, agency, "关于那个项目的文件");
		try (var office = browser.session()) {
			office.signIn(officer.getUsername(), Fixtures.PASSWORD);
			office.open("/officer/cases/" + filed.id());
			Page page = office.page;
			page.getByLabel("需要补正的事项（每行一项，一次性列明）").fill("请写明项目的名称\n请写明所需文件的年份");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("告知补正")).click();
			page.waitForLoadState();
			office.check("officer-case-correction-asked");
		}
		fixtures.runDueJobs();
		try (var citizen = browser.session()) {
			citizen.signIn(applicant.getUsername(), Fixtures.PASSWORD).check("applicant-requests-correction-flagged");
			Page page = citizen.page;
			citizen.open("/my/notifications").check("applicant-notifications");
			assertThat(page.locator("main").innerText()).contains("补正");
			citizen.open("/my/requests/" + filed.id()).check("applicant-request-correction");
			assertThat(page.locator("main").innerText()).contains("请写明项目的名称");
			// sent empty: the problem at the top and beside the text, the case still
			// waiting for it
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交补正")).click();
			page.waitForLoadState();
			assertThat(page.locator(".error-summary a[href='#answer']").count()).isEqualTo(1);
			assertThat(page.locator("#answer-error").count()).isEqualTo(1);
			citizen.check("applicant-request-correction-refused");
			page.getByLabel("补正内容").fill("项目为本县城南污水处理厂二期工程，需要2024年的环评批复文件。");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交补正")).click();
			page.waitForLoadState();
			citizen.check("applicant-request-corrected");
			assertThat(page.locator("main").innerText()).contains("城南污水处理厂二期工程");
			assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交补正")).count()).isZero();
		}
		try (var office = browser.session()) {
			office.signIn(officer.getUsername(), Fixtures.PASSWORD);
			office.open("/officer/notifications").check("officer-notifications");
			office.open("/officer/cases/" + filed.id()).check("officer-case-corrected");
			assertThat(office.page.locator("main").innerText()).contains("城南污水处理厂二期工程");
		}
	}

	@Test
	void aPartlyDisclosedFileIsRedactedOnThePage() throws IOException {
		GongkaiUser officer = fixtures.officer(agency, Role.CASE_OFFICER);
		DisclosureCase filed = fixtures.accepted(fixtures.applicant(ApplicantCategory.NATURAL_PERSON), agency, officer,
				"本县2025年道路保洁服务合同");
		try (var office = browser.session()) {
			office.signIn(officer.getUsername(), Fixtures.PASSWORD);
			office.open("/officer/cases/" + filed.id());
			Page page = office.page;
			page.locator("#released-disclosure").selectOption("PARTIAL");
			Locator released = page.locator("main form")
				.filter(new Locator.FilterOptions().setHas(page.locator("#released-file")));
			released.getByLabel("文件（PDF").setInputFiles(new FilePayload("保洁合同.pdf", "application/pdf", contract()));
			released.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("上传").setExact(true)).click();
			page.waitForLoadState();
			office.check("officer-case-partial-file-uploaded");
			assertThat(page.locator("main").innerText()).contains("已上传 保洁合同.pdf");

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("遮盖不予公开的内容")).click();
			page.waitForLoadState();
			Locator status = page.locator("#redaction-status");
			status.filter(new Locator.FilterOptions().setHasText("共1页")).waitFor();
			office.check("officer-redaction");

			Locator sheet = page.locator(".redaction-page").first();
			BoundingBox area = sheet.boundingBox();
			page.mouse().move(area.x + area.width * 0.15, area.y + area.height * 0.08);
			page.mouse().down();
			page.mouse()
				.move(area.x + area.width * 0.5, area.y + area.height * 0.14, new Mouse.MoveOptions().setSteps(5));
			page.mouse().up();
			page.getByLabel("不予公开的理由类别").selectOption("WITHHELD_THIRD_PARTY_RIGHTS");
			page.getByLabel("具体理由").fill("合同附件中的个人身份信息");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("生成遮盖后的版本")).click();
			status.filter(new Locator.FilterOptions().setHasText("共1处遮盖")).waitFor();
			office.check("officer-redaction-done");
			assertThat(status.innerText()).contains("保洁合同_部分公开.pdf");

			office.open("/officer/cases/" + filed.id() + "/released-records/list").check("officer-released-list");
			assertThat(page.locator("main").innerText()).contains("保洁合同_部分公开.pdf");
		}
	}

	@Test
	void aRequestForTheApplicantsOwnInformationByAnAgentIsVerifiedOnTheCasePage() throws IOException {
		GongkaiUser registrar = fixtures.officer(agency, Role.REGISTRAR);
		GongkaiUser officer = fixtures.officer(agency, Role.CASE_OFFICER);
		AgentDetails agent = new AgentDetails("李律师", IdDocumentType.RESIDENT_ID_CARD, Fixtures.validResidentId(),
				"13800001111", "律师", new IntakeFile("授权委托书.png", authorisation()));
		DisclosureCase filed = fixtures.as(registrar, () -> intake.register(registrar,
				new OfflineRequest(Channel.IN_PERSON, ReplyDeadlines.today(clock), null,
						new ApplicantDetails(ApplicantCategory.NATURAL_PERSON, "王某", IdDocumentType.RESIDENT_ID_CARD,
								Fixtures.validResidentId(), "13700001111", null, "示范县人民路2号"),
						"本人2025年城乡居民最低生活保障审批材料", RequestedForm.PAPER, DeliveryMethod.POST, true, null, null, agent,
						null, null, null)));
		try (var office = browser.session()) {
			office.signIn(officer.getUsername(), Fixtures.PASSWORD);
			office.open("/officer/cases/" + filed.id());
			Page page = office.page;
			Locator section = page.locator("main section")
				.filter(new Locator.FilterOptions()
					.setHas(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("申请人信息"))));
			section.scrollIntoViewIfNeeded();
			office.check("officer-case-applicant-information");
			assertThat(section.innerText()).contains("委托代理：李律师", "申请人身份尚未核验", "个人信息保护法");

			section.getByLabel("核验方式").selectOption("ID_DOCUMENT_ORIGINAL");
			section.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("记录身份核验")).click();
			page.waitForLoadState();
			office.check("officer-case-applicant-verified");
			assertThat(page.locator("main").innerText()).contains("申请人身份已于");
			assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("记录身份核验")).count())
				.as("verified once")
				.isZero();
		}
	}

	/** A scanned authorisation letter: a small PNG. */
	private static byte[] authorisation() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB), "png", out);
		return out.toByteArray();
	}

	/** A one-page contract with a line of personal details near its top. */
	private static byte[] contract() throws IOException {
		try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage();
			doc.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
				content.newLineAtOffset(100, 700);
				content.showText("Contractor contact: Zhang San, ID 110105199001011234");
				content.newLineAtOffset(0, -300);
				content.showText("Street cleaning services, 2025, total 1,200,000 yuan");
				content.endText();
			}
			doc.save(out);
			return out.toByteArray();
		}
	}

}
