package org.gongkai.disclosure.casework;

import jakarta.servlet.http.Cookie;
import org.gongkai.disclosure.Fixtures;
import org.gongkai.disclosure.GongkaiIntegrationTest;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.applicants.ApplicantCategory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 16 item 5: the applicant's pages in English when chosen (the language cookie), in
 * Chinese by default — the headings, labels, enum words, form problems and confirmations
 * all from the bundles.
 */
@GongkaiIntegrationTest
class ApplicantPagesInEnglishWebIT {

	private static final Cookie ENGLISH = new Cookie("gongkai-lang", "en");

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	private Agency agency;

	private GongkaiUser applicant;

	@BeforeEach
	void setUp() {
		agency = fixtures.agency();
		applicant = fixtures.applicant(ApplicantCategory.NATURAL_PERSON);
	}

	@Test
	void theRegistrationPage() throws Exception {
		assertThat(page(get("/register").cookie(ENGLISH))).contains("<html lang=\"en\"")
			.contains("<title>Register · Gongkai</title>", "Register an applicant account", "Type of applicant")
			.contains(">Natural person</option>", "Legal person or other organisation — Commercial enterprise")
			.contains(">Resident identity card</option>", "Password (at least 8 characters)")
			.doesNotContain("注册申请人账号", "申请人类型", "自然人", "居民身份证");

		assertThat(page(get("/register"))).contains("<html lang=\"zh-CN\"")
			.contains("注册申请人账号", "申请人类型", ">自然人</option>", "法人或其他组织 — 商业企业", ">居民身份证</option>")
			.doesNotContain("Register an applicant account");
	}

	@Test
	void myRequestsAndARequest() throws Exception {
		DisclosureCase filed = fixtures.submit(applicant, agency, "本县2024年道路维修经费");
		String one = "/my/requests/" + filed.id();

		assertThat(page(get("/my/requests").with(user(applicant)).cookie(ENGLISH)))
			.contains("<h1>My requests</h1>", "Make a new request", "Request number", "Time limit for the reply")
			.contains(">In progress</span>", filed.reference())
			.doesNotContain("办理中", "答复期限", "申请编号");
		assertThat(page(get(one).with(user(applicant)).cookie(ENGLISH)))
			.contains("<h1>Request " + filed.reference() + "</h1>", "Internet (online request)")
			.contains("Electronic data / Online", "Natural person", "Case history", "Acknowledgement of receipt")
			.contains("Withdraw this request…", "Upload", ">Proof of identity</option>")
			.contains(">Acknowledgement of receipt of a government information disclosure request</td>")
			.doesNotContain("互联网（在线申请）", "办理记录", "撤回本申请", "身份证明");

		assertThat(page(get("/my/requests").with(user(applicant)))).contains("<h1>我的申请</h1>", ">办理中</span>", "答复期限")
			.doesNotContain("My requests");
		assertThat(page(get(one).with(user(applicant)))).contains("<h1>申请 " + filed.reference() + "</h1>")
			.contains("互联网（在线申请）", "电子数据 / 网上获取", "办理记录", "撤回本申请…", ">身份证明</option>")
			.doesNotContain("Case history");
	}

	@Test
	void theNewRequestFormWithItsProblemsAndItsConfirmation() throws Exception {
		assertThat(page(newRequest("", "").cookie(ENGLISH))).contains("Please correct the following")
			.contains("Choose the agency", "Describe the government information")
			.contains("Name, document number or a description of the government information")
			.doesNotContain("请更正以下问题", "请选择受理机关", "请描述所需政府信息");
		assertThat(page(newRequest("", ""))).contains("请更正以下问题", "请选择受理机关", "请描述所需政府信息的名称、文号或便于查询的特征")
			.doesNotContain("Please correct the following");

		mvc.perform(newRequest(agency.code(), "本县2024年道路维修经费").cookie(ENGLISH))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("message",
					startsWith("Your request has been submitted and its receipt confirmed")));
	}

	private MockHttpServletRequestBuilder newRequest(String agencyCode, String informationSought) {
		return post("/my/requests").with(csrf())
			.with(user(applicant))
			.param("agencyCode", agencyCode)
			.param("informationSought", informationSought)
			.param("requestedForm", "ELECTRONIC")
			.param("deliveryMethod", "ONLINE");
	}

	private String page(RequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

}
