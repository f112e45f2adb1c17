package org.gongkai.disclosure.casework;

import java.time.LocalDate;
import java.util.UUID;

import org.gongkai.disclosure.Fixtures;
import org.gongkai.disclosure.GongkaiIntegrationTest;
import org.gongkai.disclosure.TestClock;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.accounts.Role;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.applicants.ApplicantCategory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Forms that keep what was typed and say what is wrong beside each field, all problems at
 * once (issue 16): the applicant's request, the registrar's offline form and the
 * applicants' registration.
 */
@GongkaiIntegrationTest
class FormErrorsWebIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestClock clock;

	@Autowired
	Cases cases;

	private GongkaiUser registrar;

	private GongkaiUser officer;

	@BeforeEach
	void setUp() {
		Agency agency = fixtures.agency();
		registrar = fixtures.officer(agency, Role.REGISTRAR);
		officer = fixtures.officer(agency, Role.CASE_OFFICER);
		clock.setDate(LocalDate.of(2024, 9, 29));
	}

	/**
	 * The request's steps check one question each ({@code NewRequestStepsWebIT}); a whole
	 * request posted at once with problems comes back on the check page, every problem at
	 * the top and beside its answer, every answer kept for the filing.
	 */
	@Test
	void theApplicantsRequestListsEveryProblemAtTheTopAndBesideItsAnswerAndKeepsTheChoices() throws Exception {
		GongkaiUser applicant = fixtures.applicant(ApplicantCategory.NATURAL_PERSON);
		String page = mvc
			.perform(post("/my/requests").with(csrf())
				.with(user(applicant))
				.param("agencyCode", "")
				.param("informationSought", " ")
				.param("requestedForm", "PAPER")
				.param("deliveryMethod", "POST")
				.param("idempotencyKey", UUID.randomUUID().toString()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("请更正以下问题", "href=\"#agencyCode\"", "href=\"#informationSought\"")
			.contains("id=\"agencyCode-error\"", "请选择受理机关")
			.contains("id=\"informationSought-error\"", "请描述所需政府信息的名称、文号或便于查询的特征")
			.contains("<span>纸质文本</span>", "<span>邮寄</span>")
			.contains("name=\"requestedForm\" value=\"PAPER\"", "name=\"deliveryMethod\" value=\"POST\"");
		assertThat(cases.ofApplicant(applicant.applicantId())).as("nothing filed").isEmpty();
	}

	@Test
	void theRegistrarsFormKeepsEveryChoiceAndListsEveryProblemBesideItsField() throws Exception {
		String page = mvc
			.perform(post("/officer/register").with(csrf())
				.with(user(registrar))
				.param("channel", "REGISTERED_MAIL")
				.param("submittedOn", "2024-09-20")
				.param("receivedOn", "")
				.param("category", "COMMERCIAL_ENTERPRISE")
				.param("name", "示范科技有限公司")
				.param("idDocumentType", "UNIFIED_SOCIAL_CREDIT_CODE")
				.param("idDocumentNumber", "91350100M000100Y4X")
				.param("phone", "0591-1234567")
				.param("address", "示范县人民路1号")
				.param("informationSought", "")
				.param("requestedForm", "ELECTRONIC")
				.param("deliveryMethod", "EMAIL"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("请更正以下问题")
			.contains("id=\"receivedOn-error\"", "请填写签收日期")
			.contains("id=\"idDocumentNumber-error\"", "统一社会信用代码无效")
			.contains("id=\"informationSought-error\"", "所需政府信息的描述不能为空")
			.contains("<option value=\"REGISTERED_MAIL\" selected=\"selected\">")
			.contains("<option value=\"COMMERCIAL_ENTERPRISE\" selected=\"selected\">")
			.contains("<option value=\"UNIFIED_SOCIAL_CREDIT_CODE\" selected=\"selected\">")
			.contains("<option value=\"ELECTRONIC\" selected=\"selected\">")
			.contains("<option value=\"EMAIL\" selected=\"selected\">")
			.contains("value=\"91350100M000100Y4X\"", "value=\"2024-09-20\"", "value=\"示范县人民路1号\"");
	}

	@Test
	void aDateThatCannotBeReadIsShownBesideItsFieldNotAsAnErrorPage() throws Exception {
		String page = mvc
			.perform(post("/officer/register").with(csrf())
				.with(user(registrar))
				.param("channel", "FAX")
				.param("submittedOn", "2024/9/20")
				.param("name", "李四"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("id=\"submittedOn-error\"", "请填写有效的日期")
			.contains("<option value=\"FAX\" selected=\"selected\">")
			.contains("value=\"李四\"");
	}

	@Test
	void theApplicantsRegistrationListsEveryProblemAtOnce() throws Exception {
		String page = mvc
			.perform(post("/register").with(csrf())
				.param("category", "NATURAL_PERSON")
				.param("name", "")
				.param("idDocumentType", "RESIDENT_ID_CARD")
				.param("idDocumentNumber", "110101199003070000")
				.param("phone", "abc")
				.param("username", "someone")
				.param("password", Fixtures.PASSWORD)
				.param("passwordAgain", "different"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page)
			.contains("id=\"name-error\"", "id=\"idDocumentNumber-error\"", "id=\"phone-error\"",
					"id=\"passwordAgain-error\"", "两次输入的密码不一致")
			.contains("value=\"110101199003070000\"");
	}

	@Test
	void aOneFieldFormPostedWithoutItsValueGoesBackToItsPageWithTheProblem() throws Exception {
		String page = "/officer/cases/" + UUID.randomUUID();
		mvc.perform(post(page + "/links").with(csrf())
			.with(user(officer))
			.header("Referer", "http://localhost" + page)
			.param("note", "同一申请人的同一内容"))
			.andExpect(redirectedUrl(page))
			.andExpect(flash().attribute("error", "有必填项未填写，请补全后重新提交"));
	}

}
