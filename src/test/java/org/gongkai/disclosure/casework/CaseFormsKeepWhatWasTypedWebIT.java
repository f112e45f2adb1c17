package org.gongkai.disclosure.casework;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.gongkai.disclosure.Fixtures;
import org.gongkai.disclosure.GongkaiIntegrationTest;
import org.gongkai.disclosure.TestClock;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.accounts.Role;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.applicants.ApplicantCategory;
import org.gongkai.disclosure.casework.routing.CaseRoutings;
import org.gongkai.disclosure.casework.stops.CaseConsultations;
import org.gongkai.disclosure.casework.stops.CaseFees;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The case page's secondary forms — 补正, 延期, 收费, 征求意见, 交办 — keep every value typed and
 * every choice made when refused, list the problems at the form's top and show each
 * beside its field, with the form open where it was (issue 16); a value that cannot even
 * be read is one of those problems, not an error page. Nothing is done by a refused form.
 */
@GongkaiIntegrationTest
class CaseFormsKeepWhatWasTypedWebIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestClock clock;

	@Autowired
	Cases cases;

	@Autowired
	CaseRoutings routings;

	@Autowired
	CaseFees fees;

	@Autowired
	CaseConsultations consultations;

	private Agency agency;

	private GongkaiUser officer;

	private DisclosureCase filed;

	@BeforeEach
	void aRequest() {
		clock.setDate(LocalDate.of(2024, 10, 9));
		agency = fixtures.agency();
		officer = fixtures.officer(agency, Role.CASE_OFFICER);
		filed = fixtures.submit(fixtures.applicant(ApplicantCategory.NATURAL_PERSON), agency, "本县2024年农村公路养护资金的分配文件");
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void theCorrectionNoticeKeepsItsItemsAndSaysBesideThePeriodWhatIsWrong() throws Exception {
		Element form = refused("correction", "correctionForm",
				posting("correction").param("items", "申请人身份证明\n所需信息的文号").param("periodDays", "99"));

		assertThat(form.closest("#next-step")).as("the next step's own form").isNotNull();
		assertThat(summary(form)).containsExactly("补正期限须为1至30个工作日");
		assertThat(besideField(form, "periodDays")).isEqualTo("补正期限须为1至30个工作日");
		assertThat(form.selectFirst("#periodDays").val()).isEqualTo("99");
		assertThat(form.selectFirst("#items").val()).isEqualTo("申请人身份证明\n所需信息的文号");
		assertThat(form.select("#items-error")).isEmpty();
		assertThat(cases.byId(filed.id()).orElseThrow().status()).as("no notice given")
			.isEqualTo(CaseStatus.IN_PROGRESS);

		// a number input cannot show what is not a number: the problem is said, the rest
		// kept
		Element unreadable = refused("correction", "correctionForm",
				posting("correction").param("items", "申请人身份证明").param("periodDays", "十五"));
		assertThat(besideField(unreadable, "periodDays")).isEqualTo("请填写整数");
		assertThat(unreadable.selectFirst("#items").val()).isEqualTo("申请人身份证明");
	}

	@Test
	void theExtensionKeepsItsReasonAndSaysBesideTheDaysWhatIsWrong() throws Exception {
		fixtures.accept(officer, filed.id());
		Element form = refused("extension", "extensionForm",
				posting("extension").param("workingDays", "30").param("reason", "需调取2019年以来的档案并征求三个部门意见"));

		assertThat(openStep(form)).isEqualTo("step-extension");
		assertThat(summary(form)).containsExactly("延长答复期限须为1至20个工作日");
		assertThat(besideField(form, "workingDays")).isEqualTo("延长答复期限须为1至20个工作日");
		assertThat(form.selectFirst("#workingDays").val()).isEqualTo("30");
		assertThat(form.selectFirst("#reason").val()).isEqualTo("需调取2019年以来的档案并征求三个部门意见");
	}

	@Test
	void theFeeNoticeKeepsTheModeChosenAndSaysBesideTheQuantityWhatIsWrong() throws Exception {
		fixtures.accept(officer, filed.id());
		Element form = refused("fee-notice", "feeNoticeForm",
				posting("fee-notice").param("mode", "PER_VOLUME").param("quantity", "0"));

		assertThat(openStep(form)).isEqualTo("step-feeNotice");
		assertThat(form.select("#mode option[selected]").eachAttr("value")).containsExactly("PER_VOLUME");
		assertThat(besideField(form, "quantity")).startsWith("页数须在1至");
		assertThat(form.selectFirst("#quantity").val()).isEqualTo("0");
		assertThat(fees.of(filed.id())).as("no notice sent").isEmpty();
	}

	@Test
	void theConsultationKeepsThePartyChosenAndTheMatterAndSaysBesideTheNameWhatIsMissing() throws Exception {
		fixtures.accept(officer, filed.id());
		Element form = refused("consultation", "consultationForm",
				posting("consultation").param("party", "OTHER_AGENCY")
					.param("partyName", " ")
					.param("matter", "分配文件中是否含有县交通运输局尚未公开的内容"));

		assertThat(openStep(form)).isEqualTo("step-consultation");
		assertThat(form.select("#party option[selected]").eachAttr("value")).containsExactly("OTHER_AGENCY");
		assertThat(besideField(form, "partyName")).isEqualTo("征求意见对象不能为空");
		assertThat(form.selectFirst("#matter").val()).isEqualTo("分配文件中是否含有县交通运输局尚未公开的内容");
		assertThat(form.select("#matter-error")).isEmpty();
		assertThat(consultations.of(filed.id())).as("no letter sent").isEmpty();
	}

	@Test
	void theRoutingKeepsTheDepartmentsChosenAndSaysBesideEachFieldWhatIsWrong() throws Exception {
		Agency lead = fixtures.department(agency);
		Agency assisting = fixtures.department(agency);
		fixtures.accept(officer, filed.id());
		Element form = refused("routing", "routingForm",
				posting("routing").param("lead", assisting.code())
					.param("assist", lead.code())
					.param("assist", assisting.code())
					.param("dueOn", "2024-10-08")
					.param("instructions", "请提供2024年农村公路养护资金分配文件及意见"));

		assertThat(openStep(form)).isEqualTo("step-routing");
		assertThat(summary(form)).hasSize(2);
		assertThat(form.select("#lead option[selected]").eachAttr("value")).containsExactly(assisting.code());
		assertThat(form.select("input[name=assist][checked]").eachAttr("value")).containsExactlyInAnyOrder(lead.code(),
				assisting.code());
		assertThat(besideField(form, "assist")).startsWith("同一部门不能既承办又协办");
		assertThat(besideField(form, "dueOn")).isEqualTo("请填写部门办理期限（不早于今天）");
		assertThat(form.selectFirst("#dueOn").val()).isEqualTo("2024-10-08");
		assertThat(form.selectFirst("#instructions").val()).isEqualTo("请提供2024年农村公路养护资金分配文件及意见");
		assertThat(routings.of(filed.id())).as("nothing routed").isEmpty();

		// a date typed by hand that cannot be read: said beside it, not an error page
		Element unreadable = refused("routing", "routingForm",
				posting("routing").param("lead", lead.code())
					.param("dueOn", "2024/10/20")
					.param("instructions", "请提供分配文件"));
		assertThat(besideField(unreadable, "dueOn")).isEqualTo("请填写有效的日期（年-月-日）");
		assertThat(unreadable.select("#lead option[selected]").eachAttr("value")).containsExactly(lead.code());
		assertThat(unreadable.selectFirst("#instructions").val()).isEqualTo("请提供分配文件");
	}

	/**
	 * The decision form, refused for a withheld part without its reason: the outcome
	 * chosen, the reply, each withheld row and the referral typed are all there again.
	 */
	@Test
	void theDecisionKeepsTheOutcomeTheWithheldPartsAndTheReferralAsTyped() throws Exception {
		fixtures.accept(officer, filed.id());
		Map<String, Object> flash = mvc
			.perform(posting("decision").param("outcome", "PARTLY_DISCLOSED")
				.param("replyText", "现将分配文件公开如下，其中附件三不予公开。")
				.param("withheldPart", "附件三（各乡镇联系人手机号码）")
				.param("withheldGround", "WITHHELD_THIRD_PARTY_RIGHTS")
				.param("withheldReason", " ")
				.param("referredAgency", "县交通运输局")
				.param("referredContact", "0571-12345678"))
			.andExpect(redirectedUrl("/officer/cases/" + filed.id() + "#refused"))
			.andReturn()
			.getFlashMap();
		assertThat(flash).containsKey("error").doesNotContainKey("message");
		Element page = Jsoup
			.parse(mvc.perform(get("/officer/cases/" + filed.id()).with(user(officer)).flashAttrs(flash))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());

		assertThat(page.select("#outcome option[selected]").eachAttr("value")).containsExactly("PARTLY_DISCLOSED");
		assertThat(page.selectFirst("#replyText").text()).isEqualTo("现将分配文件公开如下，其中附件三不予公开。");
		assertThat(page.select("input[name=withheldPart]").first().val()).isEqualTo("附件三（各乡镇联系人手机号码）");
		assertThat(page.select("select[name=withheldGround]").first().select("option[selected]").eachAttr("value"))
			.containsExactly("WITHHELD_THIRD_PARTY_RIGHTS");
		assertThat(page.selectFirst("#referredAgency").val()).isEqualTo("县交通运输局");
		assertThat(page.selectFirst("input[name=referredContact]").val()).isEqualTo("0571-12345678");
		assertThat(cases.byId(filed.id()).orElseThrow().draftOutcome()).as("nothing drafted").isNull();
	}

	private MockHttpServletRequestBuilder posting(String form) {
		return post("/officer/cases/" + filed.id() + "/" + form).with(csrf()).with(user(officer));
	}

	/**
	 * Posts the form, which is refused back to the case page at the form; returns the
	 * form as that page shows it after the redirect.
	 */
	private Element refused(String path, String form, MockHttpServletRequestBuilder posted) throws Exception {
		MvcResult refused = mvc.perform(posted)
			.andExpect(redirectedUrl("/officer/cases/" + filed.id() + "#refused"))
			.andReturn();
		Map<String, Object> flash = refused.getFlashMap();
		assertThat(flash).containsEntry("errorAt", path)
			.containsEntry("refusedForm", form)
			.doesNotContainKey("message");
		String page = mvc.perform(get("/officer/cases/" + filed.id()).with(user(officer)).flashAttrs(flash))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Elements at = Jsoup.parse(page).select("#refused");
		assertThat(at).as("one place the page opens at").hasSize(1);
		assertThat(at.first().tagName()).isEqualTo("form");
		assertThat(at.first().attr("action")).endsWith("/" + path);
		return at.first();
	}

	/** The problems listed at the form's top. */
	private static List<String> summary(Element form) {
		return form.select(".error-summary li").eachText();
	}

	/** The problem shown beside {@code field}, which points to it. */
	private static String besideField(Element form, String field) {
		Element input = form.getElementById(field);
		assertThat(input).as(field).isNotNull();
		assertThat(input.attr("aria-describedby")).isEqualTo(field + "-error");
		return form.getElementById(field + "-error").text();
	}

	/** The id of the other action's {@code <details>} the form is in, which is open. */
	private static String openStep(Element form) {
		Element step = form.closest("details");
		assertThat(step).isNotNull();
		assertThat(step.hasAttr("open")).as("opened at the refused form").isTrue();
		return step.id();
	}

}
