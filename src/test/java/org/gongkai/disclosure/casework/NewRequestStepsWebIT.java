package org.gongkai.disclosure.casework;

import java.time.LocalDate;

import org.gongkai.disclosure.Fixtures;
import org.gongkai.disclosure.GongkaiIntegrationTest;
import org.gongkai.disclosure.TestClock;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.applicants.ApplicantCategory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 16 item 1: a new request one question per step (which agency, the information,
 * its form and delivery, check and submit), each step listing its problems at the top and
 * beside its field and keeping what was typed, the check page's 'change' links and the
 * one filing at the end.
 */
@GongkaiIntegrationTest
class NewRequestStepsWebIT {

	private static final String WANTED = "本县2024年城区供水管网改造项目的环评批复";

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestClock clock;

	@Autowired
	Cases cases;

	private Agency agency;

	private GongkaiUser applicant;

	private MockHttpSession session;

	@BeforeEach
	void setUp() {
		agency = fixtures.agency();
		applicant = fixtures.applicant(ApplicantCategory.NATURAL_PERSON);
		clock.setDate(LocalDate.of(2024, 9, 29));
		session = new MockHttpSession();
	}

	@Test
	void eachStepListsItsProblemsAtTheTopAndBesideItsFieldAndKeepsWhatWasTyped() throws Exception {
		Document start = page(get("/my/requests/new"));
		assertThat(start.select(".step-caption").text()).isEqualTo("第 1 步，共 4 步");
		assertThat(start.select("a.back-link").attr("href")).isEqualTo("/my/requests");
		assertThat(start.select("main").text()).contains("可以申请什么", "提交后会怎样", "20个工作日内答复", "7个工作日内");

		Document noAgency = page(post("/my/requests/new").param("agencyCode", ""));
		assertThat(noAgency.title()).startsWith("错误：");
		assertThat(noAgency.select(".error-summary a[href=#agencyCode]").text()).isEqualTo("请选择受理机关");
		assertThat(noAgency.select("#agencyCode-error").text()).isEqualTo("请选择受理机关");
		assertThat(noAgency.select("#agencyCode").attr("aria-describedby")).contains("agencyCode-error");

		mvc.perform(step(post("/my/requests/new").param("agencyCode", agency.code())))
			.andExpect(redirectedUrl("/my/requests/new/information"));

		String tooLong = "供水".repeat(2001);
		Document information = page(post("/my/requests/new/information").param("informationSought", tooLong)
			.param("ownInformation", "true"));
		assertThat(information.select(".step-caption").text()).isEqualTo("第 2 步，共 4 步");
		assertThat(information.select("a.back-link").attr("href")).isEqualTo("/my/requests/new");
		assertThat(information.select(".error-summary a[href=#informationSought]").text()).contains("不得超过4000字");
		assertThat(information.select("#informationSought-error").text()).contains("不得超过4000字");
		assertThat(information.select("textarea#informationSought").text()).isEqualTo(tooLong);
		assertThat(information.select("#ownInformation").hasAttr("checked")).isTrue();

		mvc.perform(step(post("/my/requests/new/information").param("informationSought", WANTED)))
			.andExpect(redirectedUrl("/my/requests/new/form"));

		Document form = page(post("/my/requests/new/form").param("requestedForm", "PAPER"));
		assertThat(form.select(".step-caption").text()).isEqualTo("第 3 步，共 4 步");
		assertThat(form.select(".error-summary a[href=#deliveryMethod]").text()).isEqualTo("请选择获取信息的方式");
		assertThat(form.select("#deliveryMethod-error").text()).isEqualTo("请选择获取信息的方式");
		assertThat(form.select("#requestedForm-error")).isEmpty();
		assertThat(form.select("input[name=requestedForm][checked]").val()).isEqualTo("PAPER");
		assertThat(form.select("input[name=deliveryMethod][checked]")).isEmpty();

		Document back = page(get("/my/requests/new/information"));
		assertThat(back.select("textarea#informationSought").text()).as("going back shows the answer")
			.isEqualTo(WANTED);
		assertThat(back.select("#ownInformation").hasAttr("checked")).as("unticked in the last answer").isFalse();

		assertThat(cases.ofApplicant(applicant.applicantId())).as("nothing filed").isEmpty();
	}

	@Test
	void theCheckPageShowsEveryAnswerAndChangeGoesToTheStepWithItsAnswerAndBack() throws Exception {
		answerEveryStep();
		Document check = page(get("/my/requests/new/check"));
		assertThat(check.select(".step-caption").text()).isEqualTo("第 4 步，共 4 步");
		assertThat(check.select("a.back-link").attr("href")).isEqualTo("/my/requests/new/form");
		assertThat(answer(check, "agencyCode")).isEqualTo(agency.name());
		assertThat(answer(check, "informationSought")).isEqualTo(WANTED);
		assertThat(answer(check, "ownInformation")).isEqualTo("是");
		assertThat(answer(check, "requestedForm")).isEqualTo("纸质文本");
		assertThat(answer(check, "deliveryMethod")).isEqualTo("邮寄");
		assertThat(check.select("#informationSought a").attr("href"))
			.isEqualTo("/my/requests/new/information?change=true");

		Document change = page(get("/my/requests/new/information").param("change", "true"));
		assertThat(change.select("textarea#informationSought").text()).isEqualTo(WANTED);
		assertThat(change.select("a.back-link").attr("href")).isEqualTo("/my/requests/new/check");
		assertThat(change.select("input[name=change]").val()).isEqualTo("true");

		Document refused = page(post("/my/requests/new/information").param("informationSought", "")
			.param("ownInformation", "true")
			.param("change", "true"));
		assertThat(refused.select("#informationSought-error").text()).isEqualTo("请描述所需政府信息的名称、文号或便于查询的特征");
		assertThat(refused.select("input[name=change]").val()).as("still on its way back to the check")
			.isEqualTo("true");

		mvc.perform(step(post("/my/requests/new/information").param("informationSought", WANTED + "（2024年9月）")
			.param("change", "true"))).andExpect(redirectedUrl("/my/requests/new/check"));
		Document changed = page(get("/my/requests/new/check"));
		assertThat(answer(changed, "informationSought")).isEqualTo(WANTED + "（2024年9月）");
		assertThat(answer(changed, "ownInformation")).isEqualTo("否");
		assertThat(answer(changed, "requestedForm")).as("the other answers kept").isEqualTo("纸质文本");
	}

	@Test
	void submittingTheCheckPageFilesExactlyOneCaseOnceEvenWhenSentTwice() throws Exception {
		answerEveryStep();
		Element form = page(get("/my/requests/new/check")).selectFirst("main form[action=/my/requests]");
		assertThat(form.select("input[name=idempotencyKey]").val()).isNotBlank();
		for (int i = 0; i < 2; i++) {
			MockHttpServletRequestBuilder submit = post("/my/requests");
			form.select("input[type=hidden]:not([name=_csrf])")
				.forEach(input -> submit.param(input.attr("name"), input.val()));
			mvc.perform(step(submit))
				.andExpect(redirectedUrlPattern("/my/requests/*"))
				.andExpect(flash().attribute("message", i == 0 ? startsWith("申请已提交并确认收到") : startsWith("该申请此前已提交")));
		}
		assertThat(cases.ofApplicant(applicant.applicantId())).singleElement().satisfies(filed -> {
			assertThat(filed.informationSought()).isEqualTo(WANTED);
			assertThat(filed.requestedForm()).isEqualTo(RequestedForm.PAPER);
			assertThat(filed.deliveryMethod()).isEqualTo(DeliveryMethod.POST);
		});

		mvc.perform(step(get("/my/requests/new/check"))).andExpect(redirectedUrl("/my/requests/new"));
		assertThat(page(get("/my/requests/new")).select("#agencyCode option[selected]").val())
			.as("a new request starts empty")
			.isEmpty();
	}

	@Test
	void aStepIsNotReachedBeforeTheStepsBeforeItAreAnswered() throws Exception {
		mvc.perform(step(get("/my/requests/new/check"))).andExpect(redirectedUrl("/my/requests/new"));
		mvc.perform(step(post("/my/requests/new").param("agencyCode", agency.code())));
		mvc.perform(step(get("/my/requests/new/form"))).andExpect(redirectedUrl("/my/requests/new/information"));
		mvc.perform(step(get("/my/requests/new/check"))).andExpect(redirectedUrl("/my/requests/new/information"));
		assertThat(cases.ofApplicant(applicant.applicantId())).isEmpty();
	}

	@Test
	void aChoiceThatIsNotOneOfTheListIsAProblemBesideItsFieldNotAnErrorPage() throws Exception {
		answerEveryStep();
		Document form = page(
				post("/my/requests/new/form").param("requestedForm", "BOGUS").param("deliveryMethod", "POST"));
		assertThat(form.select("#requestedForm-error").text()).isEqualTo("取值无效，请从列表中选择");
		assertThat(form.select("input[name=requestedForm][checked]")).isEmpty();

		Document check = page(post("/my/requests").param("agencyCode", agency.code())
			.param("informationSought", WANTED)
			.param("requestedForm", "BOGUS")
			.param("deliveryMethod", "POST"));
		assertThat(check.select("#requestedForm-error").text()).isEqualTo("取值无效，请从列表中选择");
		assertThat(cases.ofApplicant(applicant.applicantId())).isEmpty();
	}

	@Test
	void theStepsInEnglish() throws Exception {
		Document start = page(get("/my/requests/new").param("lang", "en"));
		assertThat(start.select(".step-caption").text()).isEqualTo("Step 1 of 4");
		assertThat(start.select("main").text()).contains("What you can ask for", "What happens next",
				"within 20 working days", "Which agency are you asking?", "Continue", "Back");
		Document refused = page(post("/my/requests/new").param("agencyCode", "").param("lang", "en"));
		assertThat(refused.title()).startsWith("Error: ");
		assertThat(refused.select("#agencyCode-error").text()).isEqualTo("Choose the agency");
		assertThat(refused.select(".error-summary h2").text()).isEqualTo("Please correct the following");

		mvc.perform(step(post("/my/requests/new").param("agencyCode", agency.code())));
		mvc.perform(step(post("/my/requests/new/information").param("informationSought", WANTED)));
		Document form = page(get("/my/requests/new/form").param("lang", "en"));
		assertThat(form.select(".step-caption").text()).isEqualTo("Step 3 of 4");
		assertThat(form.select("label[for=requestedForm-PAPER]").text()).isEqualTo("Paper copy");
		mvc.perform(
				step(post("/my/requests/new/form").param("requestedForm", "PAPER").param("deliveryMethod", "POST")));
		Document check = page(get("/my/requests/new/check").param("lang", "en"));
		assertThat(check.select("h1").text()).isEqualTo("Check your request before you submit it");
		assertThat(check.select("#informationSought a").text()).isEqualTo("Change " + "Name, document number or a "
				+ "description of the government information that helps find it");
		assertThat(check.select("main").text()).doesNotContain("更改", "提交申请", "第 4 步");
	}

	private void answerEveryStep() throws Exception {
		mvc.perform(step(post("/my/requests/new").param("agencyCode", agency.code())));
		mvc.perform(step(post("/my/requests/new/information").param("informationSought", WANTED)
			.param("ownInformation", "true")));
		mvc.perform(step(post("/my/requests/new/form").param("requestedForm", "PAPER").param("deliveryMethod", "POST")))
			.andExpect(redirectedUrl("/my/requests/new/check"));
	}

	/**
	 * The answer shown for {@code field} on the check page, without its 'change' link.
	 */
	private static String answer(Document check, String field) {
		return check.select("#" + field + " dd:not(.change)").text();
	}

	/** One request of this applicant's walk through the steps, in one session. */
	private MockHttpServletRequestBuilder step(MockHttpServletRequestBuilder request) {
		return request.session(session).with(user(applicant)).with(csrf());
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup.parse(
				mvc.perform(step(request)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

}
