package org.gongkai.disclosure.casework;

import java.time.LocalDate;
import java.util.List;

import org.gongkai.disclosure.Fixtures;
import org.gongkai.disclosure.GongkaiIntegrationTest;
import org.gongkai.disclosure.TestClock;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.accounts.Role;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.applicants.ApplicantCategory;
import org.gongkai.disclosure.casework.stops.CaseFees;
import org.gongkai.disclosure.documents.LetterKind;
import org.gongkai.disclosure.fees.FeeMode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 16 item 5: the live deadline's explanation — how it was computed, the periods the
 * clock stood still, a year without the State Council's holiday notice, a window's span —
 * reads in the page's language on the applicant's request page and the officer's case
 * page: Chinese by default, word for word as before, English with {@code ?lang=en}. The
 * letters keep the Chinese (LetterWordingGoldenIT).
 */
@GongkaiIntegrationTest
class DeadlineExplanationsWebIT {

	/**
	 * The receipt's legal basis, as the clock period recorded it: a stored citation,
	 * shown as recorded in both languages.
	 */
	private static final String ONLINE = "《条例》第三十一条第（三）项：以双方确认之日为收到申请之日，在线提交即时确认";

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestClock clock;

	@Autowired
	CaseFees fees;

	private Agency agency;

	private GongkaiUser officer;

	private GongkaiUser applicant;

	@BeforeEach
	void setUp() {
		agency = fixtures.agency();
		officer = fixtures.officer(agency, Role.CASE_OFFICER);
		applicant = fixtures.applicant(ApplicantCategory.NATURAL_PERSON);
	}

	@Test
	void aRunningDeadlineIsExplainedStepByStepInTheReadersLanguage() throws Exception {
		// received Tuesday 8 October 2024; Saturday 12 October is a make-up working day
		DisclosureCase c = fixtures.submitOn(LocalDate.of(2024, 10, 8), applicant, agency);
		for (String path : new String[] { "/my/requests/{id}", "/officer/cases/{id}" }) {
			GongkaiUser reader = path.startsWith("/my") ? applicant : officer;
			assertThat(steps(page(path, c, reader, null))).as(path)
				.containsExactly("收到申请 2024-10-08（第0日，" + ONLINE + "）", "第1个工作日 2024-10-09",
						"第20个工作日 2024-11-04：答复期限届满");
			assertThat(steps(page(path, c, reader, "en"))).as(path)
				.containsExactly("Request received 2024-10-08 (day 0, " + ONLINE + ")", "Working day 1: 2024-10-09",
						"Working day 20: 2024-11-04, the time limit for the reply ends");
		}
	}

	@Test
	void aSuspendedDeadlineAndAWindowRunningIntoAProvisionalYearInChineseAndInEnglish() throws Exception {
		// received Tuesday 1 December 2026; a fee notified on Monday 28 December stops
		// the
		// clock, and its 20 working days run into 2027, whose notice is not out
		// (db/cn-workdays.csv ends with 2026)
		DisclosureCase c = fixtures.submitOn(LocalDate.of(2026, 12, 1), applicant, agency);
		fixtures.accept(officer, c.id());
		clock.setDate(LocalDate.of(2026, 12, 28));
		fixtures.as(officer, () -> fees.notify(officer, c.id(), FeeMode.PER_VOLUME, 50));
		assertThat(page("/my/requests/{id}", c, applicant, "en").text()).contains(
				"Awaiting delivery: the fee notice was sent on 2026-12-28; the 20 working days count from the day it is received (State Council General Office letter [2020] No. 109;");
		clock.setDate(LocalDate.of(2026, 12, 29));
		fixtures.serve(officer, c.id(), LetterKind.FEE_NOTICE, LocalDate.of(2026, 12, 29));

		for (String path : new String[] { "/my/requests/{id}", "/officer/cases/{id}" }) {
			GongkaiUser reader = path.startsWith("/my") ? applicant : officer;
			Document chinese = page(path, c, reader, null);
			assertThat(steps(chinese)).as(path)
				.last()
				.asString()
				.startsWith("2026-12-28起中止计时（《条例》第四十二条；国办函〔2020〕109号：收费通知至缴费期间）；已用19个工作日，尚余1个工作日");
			assertThat(notices(chinese)).as(path)
				.anySatisfy(n -> assertThat(n).startsWith("补正、缴费、征求意见或说明理由期限：暂定：2027年尚无国务院办公厅节假日安排通知"));

			Document english = page(path, c, reader, "en");
			assertThat(english.selectFirst("ol.explain").parent().select(".due").text())
				.isEqualTo("Time limit suspended");
			assertThat(steps(english)).as(path)
				.last()
				.asString()
				.isEqualTo(
						"Clock stopped from 2026-12-28 (《条例》第四十二条；国办函〔2020〕109号：收费通知至缴费期间); 19 working days used, 1 left");
			assertThat(notices(english)).as(path)
				.anySatisfy(n -> assertThat(n).startsWith(
						"Time limit for correction, payment, consultation or explanation: Provisional: the State Council General Office has not yet published the holiday arrangements for 2027;"));
			assertThat(english.selectFirst("ol.explain").parent().text()).as(path)
				.doesNotContain("中止计时", "暂定", "工作日", "届满");
		}
		// the applicant's fee section words the window too
		assertThat(page("/my/requests/{id}", c, applicant, "en").text()).contains(
				"The fee notice was received on 2026-12-29 (day 0); 20 working days from the next day, ending on 2027-01-27 (State Council General Office letter [2020] No. 109;");
		assertThat(page("/my/requests/{id}", c, applicant, null).text())
			.contains("政府信息公开信息处理费收费通知书于2026-12-29送达（第0日），自次日起20个工作日，至2027-01-27届满（国办函〔2020〕109号；");
	}

	@Test
	void aDeadlineInAYearWithoutTheNoticeSaysItIsProvisionalInTheReadersLanguage() throws Exception {
		DisclosureCase c = fixtures.submitOn(LocalDate.of(2026, 12, 21), applicant, agency);
		for (String path : new String[] { "/my/requests/{id}", "/officer/cases/{id}" }) {
			GongkaiUser reader = path.startsWith("/my") ? applicant : officer;
			assertThat(notices(page(path, c, reader, null))).as(path)
				.contains("暂定：2027年尚无国务院办公厅节假日安排通知，该年日期按《全国年节及纪念日放假办法》规定的法定节假日计算（周末照常休息，不计调休），尚未经国务院通知确认");
			assertThat(notices(page(path, c, reader, "en"))).as(path)
				.contains(
						"Provisional: the State Council General Office has not yet published the holiday arrangements "
								+ "for 2027; its dates are counted with the statutory holidays of the Measures on National "
								+ "Holidays and Memorial Days (weekends off, no make-up working days) until the State Council "
								+ "confirms them");
		}
	}

	private Document page(String path, DisclosureCase c, GongkaiUser reader, String lang) throws Exception {
		MockHttpServletRequestBuilder request = get(path, c.id().value()).with(user(reader));
		if (lang != null) {
			request.param("lang", lang);
		}
		return Jsoup
			.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	private static List<String> steps(Document page) {
		return page.select("ol.explain li").eachText();
	}

	private static List<String> notices(Document page) {
		return page.select("p.notice").eachText();
	}

}
