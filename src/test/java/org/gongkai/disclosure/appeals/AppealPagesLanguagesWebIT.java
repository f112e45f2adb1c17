package org.gongkai.disclosure.appeals;

import java.time.LocalDate;
import java.util.function.Supplier;

import jakarta.servlet.http.Cookie;
import org.gongkai.disclosure.Fixtures;
import org.gongkai.disclosure.GongkaiIntegrationTest;
import org.gongkai.disclosure.TestClock;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.accounts.Role;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.appeals.handling.AppealHandling;
import org.gongkai.disclosure.applicants.ApplicantCategory;
import org.gongkai.disclosure.casework.DisclosureCase;
import org.gongkai.disclosure.decisions.Outcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 16 item 5 for the appeal pages ({@code appeals/list}, {@code appeals/appeal} and
 * the case pages' section {@code appeals/fragments}): Chinese by default, word for word
 * what they showed before; English with {@code ?lang=en} or the language cookie — the
 * headings, labels, enum words with their legal basis, composed texts, the form's
 * problems and the confirmation after a step.
 */
@GongkaiIntegrationTest
class AppealPagesLanguagesWebIT {

	private static final Cookie ENGLISH = new Cookie("gongkai-lang", "en");

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestClock clock;

	@Autowired
	AppealHandling handling;

	private GongkaiUser officer;

	private DisclosureCase request;

	private Appeal first;

	private Appeal second;

	/** A direct suit decided at first instance and sent back by the second instance. */
	@BeforeEach
	void aRemandedSuit() {
		Agency agency = fixtures.agency();
		officer = fixtures.officer(agency, Role.CASE_OFFICER);
		GongkaiUser person = fixtures.applicant(ApplicantCategory.NATURAL_PERSON);
		request = fixtures.submitOn(LocalDate.of(2025, 3, 3), person, agency);
		fixtures.answerOn(LocalDate.of(2025, 3, 4), officer, request.id(), Outcome.UNAVAILABLE_NOT_HELD);
		clock.setDate(LocalDate.of(2025, 4, 3));
		first = as(() -> handling.register(officer,
				new NewAppeal(request.id().value(), AppealKind.LITIGATION, LitigationRoute.DIRECT, Instance.FIRST, null,
						"某县人民法院", null, false, LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 3),
						Procedure.ORDINARY)));
		clock.setDate(LocalDate.of(2025, 6, 2));
		as(() -> handling.decide(officer, first.id(), DecisionType.JUDGMENT_CLAIM_REJECTED, LocalDate.of(2025, 6, 2),
				LocalDate.of(2025, 6, 2)));
		clock.setDate(LocalDate.of(2025, 6, 18));
		second = as(() -> handling.register(officer,
				new NewAppeal(request.id().value(), AppealKind.LITIGATION, LitigationRoute.DIRECT, Instance.SECOND,
						first.id().value(), "某市中级人民法院", null, false, LocalDate.of(2025, 6, 16),
						LocalDate.of(2025, 6, 18), Procedure.ORDINARY)));
		clock.setDate(LocalDate.of(2025, 9, 1));
		as(() -> handling.decide(officer, second.id(), DecisionType.APPEAL_REMANDED, LocalDate.of(2025, 9, 1),
				LocalDate.of(2025, 9, 1)));
	}

	@Test
	void theAppealPageInChineseByDefaultAndInEnglishWhenChosen() throws Exception {
		mvc.perform(get("/officer/appeals/{id}", second.id()).with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("行政诉讼（未经复议直接起诉，二审） " + second.reference()), containsString("<th>决定（裁判）</th>"),
							containsString("二审裁定撤销原判决、发回重审（《行政诉讼法》第八十九条第一款第（三）项、第（四）项），2025-09-01 作出，"
									+ "2025-09-01 收到；年报第四部分计入：不单独计入，按重审后的最终裁判统计"),
							containsString("2025-07-03（《行政诉讼法》第六十七条：15日）"), containsString("<th>答辩状及举证期限</th>"),
							containsString("关联案件："), containsString("行政诉讼答辩状："), containsString("办理记录"),
							containsString("登记决定（裁判）"))));
		mvc.perform(get("/officer/appeals/{id}", second.id()).param("lang", "en").with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(
					"Administrative lawsuit (Suit without prior review, Second instance) " + second.reference()),
					containsString("<th>Decision or judgment</th>"),
					containsString(
							"Second-instance ruling setting the judgment aside and remanding the case for retrial "
									+ "(Administrative Litigation Law, art 89 para 1 items (3) and (4)), made on 2025-09-01, "
									+ "received on 2025-09-01; counted in section 4 of the annual report as: not counted on its own"),
					containsString("2025-07-03 (Administrative Litigation Law, art 67: 15 days)"),
					containsString("<th>Statement of defence and evidence due</th>"),
					containsString("<td>Decided</td>"), containsString("Related case:"),
					containsString("Statement of defence in the lawsuit:"), containsString("<h2>History</h2>"),
					containsString("<td>Registered</td>"),
					// the history's details are the words recorded at the time
					not(containsString("办理记录")), not(containsString("<th>决定（裁判）</th>")))));
	}

	@Test
	void theListTheRegistrationFormAndItsProblemsInEnglish() throws Exception {
		mvc.perform(get("/officer/appeals").param("case", request.id().value().toString()).with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<h1>行政复议、行政诉讼</h1>"), containsString("登记行政复议申请书或起诉状副本"),
					containsString("二审裁定撤销原判决、发回重审（按重审结果统计）"), containsString("判决驳回诉讼请求（结果维持）"),
					containsString(">未经复议直接起诉</option>"))));
		mvc.perform(get("/officer/appeals").param("case", request.id().value().toString())
			.cookie(ENGLISH)
			.with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<h1>Administrative reviews and lawsuits</h1>"),
					containsString("<title>Administrative reviews and lawsuits"),
					containsString("Register an application for review or a copy of a complaint"),
					containsString(
							"Second-instance ruling setting the judgment aside and remanding the case for retrial "
									+ "(counted by the retrial"),
					containsString("Judgment rejecting the claim (Upheld)"),
					containsString(">Suit without prior review</option>"),
					containsString(">Simplified procedure</option>"),
					containsString(
							first.reference() + " Administrative lawsuit (Suit without prior review, First instance)"),
					not(containsString("登记行政复议申请书或起诉状副本")))));
		// the page's own checks speak English too; a service's refusal stays in its words
		mvc.perform(post("/officer/appeals").cookie(ENGLISH)
			.with(user(officer))
			.with(csrf())
			.param("caseId", request.id().value().toString())
			.param("kind", "LITIGATION")
			.param("filedOn", "2025-09-10"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Enter the review body or the people"),
					containsString("Enter the date the copy was received"), containsString("Choose the procedure"))));
	}

	@Test
	void theConfirmationAfterAStepAndTheCasePagesSectionInEnglish() throws Exception {
		clock.setDate(LocalDate.of(2025, 9, 16));
		mvc.perform(post("/officer/appeals").cookie(ENGLISH)
			.with(user(officer))
			.with(csrf())
			.param("caseId", request.id().value().toString())
			.param("kind", "LITIGATION")
			.param("route", "DIRECT")
			.param("instance", "FIRST")
			.param("predecessorId", second.id().toString())
			.param("body", "某县人民法院")
			.param("filedOn", "2025-09-15")
			.param("copyReceivedOn", "2025-09-16")
			.param("procedure", "ORDINARY"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("message", "Registered " + request.reference()
					+ "-SS3; the statement of defence and evidence are due by 2025-10-09"));
		mvc.perform(get("/officer/cases/{id}", request.id().value()).with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("登记行政复议或行政诉讼"), containsString("<td>尚未审结</td>"),
					containsString("判决驳回诉讼请求（2025-06-02）"))));
		mvc.perform(get("/officer/cases/{id}", request.id().value()).param("lang", "en").with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Register an administrative review or lawsuit"),
					containsString("<td>Pending</td>"), containsString("Judgment rejecting the claim (2025-06-02)"),
					containsString("<td>Awaiting the written answer (defence) and evidence</td>"),
					not(containsString("登记行政复议或行政诉讼")))));
	}

	private <T> T as(Supplier<T> action) {
		return fixtures.as(officer, action);
	}

}
