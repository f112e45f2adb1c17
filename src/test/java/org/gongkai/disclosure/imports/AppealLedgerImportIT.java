package org.gongkai.disclosure.imports;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.gongkai.disclosure.Fixtures;
import org.gongkai.disclosure.GongkaiIntegrationTest;
import org.gongkai.disclosure.TestClock;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.accounts.Role;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.appeals.Appeal;
import org.gongkai.disclosure.appeals.AppealKind;
import org.gongkai.disclosure.appeals.DecisionType;
import org.gongkai.disclosure.appeals.NewAppeal;
import org.gongkai.disclosure.appeals.Procedure;
import org.gongkai.disclosure.appeals.handling.AppealHandling;
import org.gongkai.disclosure.applicants.ApplicantCategory;
import org.gongkai.disclosure.casework.DisclosureCase;
import org.gongkai.disclosure.decisions.Outcome;
import org.gongkai.disclosure.reporting.ReportCompiler;
import org.gongkai.disclosure.reporting.ReportTable;
import org.gongkai.disclosure.reporting.SectionFour;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The appeals part of the ledger import through the API: requests first (CSV), then their
 * appeals from a CSV (GB18030, English headers) and an XLSX (Chinese headers, date
 * cells); section 四 of the compiled report for 2020, 2021 and 2022, with appeals filed
 * one year and closed the next, and pending ones; an imported pending appeal closed later
 * by an officer; the imported appeals on the appeal pages and API, where the process
 * actions are refused; a ledger appeal on a request handled in Gongkai, beside its own
 * 复议; a file with bad rows of every kind rejected whole with each line and reason and
 * nothing kept; who may import.
 */
@GongkaiIntegrationTest
class AppealLedgerImportIT {

	@Autowired
	Fixtures fixtures;

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	@Autowired
	ReportCompiler reports;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	AppealHandling handling;

	private Agency agency;

	private GongkaiUser statistician;

	private GongkaiUser officer;

	@BeforeEach
	void agency() throws Exception {
		agency = fixtures.agency();
		statistician = fixtures.officer(agency, Role.STATISTICIAN);
		officer = fixtures.officer(agency, Role.CASE_OFFICER);
		String requests = """
				reference,applicant_type,received_on,channel,closed_on,outcome
				%1$s-R1,自然人,2020-01-10,网上申请,2020-01-20,予以公开
				%1$s-R2,自然人,2020-02-10,网上申请,2020-02-25,不予公开/保护第三方合法权益
				%1$s-R3,商业企业,2020-03-10,当面提交,2020-03-30,本机关不掌握相关政府信息
				%1$s-R4,自然人,2021-01-05,网上申请,2021-01-20,部分公开
				%1$s-R5,自然人,2021-02-01,信函,2021-02-20,予以公开
				""".formatted(agency.code());
		JsonNode job = awaitJob(upload("requests", "requests.csv", requests.getBytes(StandardCharsets.UTF_8)));
		assertThat(job.get("status").asText()).as(job.toString()).isEqualTo("SUCCEEDED");
	}

	@Test
	void csvAndXlsxAppealLedgersMakeSectionFourRightAcrossYears() throws Exception {
		String c = agency.code();
		String csv = """
				request_reference,kind,filed_on,closed_on,result
				%1$s-R1,行政复议,2020-02-01,2020-04-01,维持
				%1$s-R1,未经复议直接起诉,2020-03-01,2020-09-01,纠正
				%1$s-R2,行政复议,2020-11-01,2021-01-15,纠正
				%1$s-R2,复议后起诉,2020-12-01,,
				%1$s-R3,行政复议,2020-06-01,2020-07-01,其他
				%1$s-R3,未经复议直接起诉,2020-12-20,2021-03-01,维持
				""".formatted(c);
		JsonNode first = awaitJob(upload("appeals", "复议诉讼2020.csv", csv.getBytes(Charset.forName("GB18030"))));
		assertThat(first.get("status").asText()).as(first.toString()).isEqualTo("SUCCEEDED");
		assertThat(first.get("kind").asText()).isEqualTo("APPEALS");
		assertThat(first.get("importedRows").asInt()).isEqualTo(6);
		assertThat(first.get("processedRows").asInt()).isEqualTo(6);

		byte[] xlsx = xlsx(List.of(List.of("申请编号", "类型", "申请（起诉）日期", "办结日期", "结果"),
				List.of(c + "-R4", "行政复议", LocalDate.of(2021, 2, 1), LocalDate.of(2021, 5, 1), "其他"),
				List.of(c + "-R4", "复议后起诉", LocalDate.of(2021, 6, 1), LocalDate.of(2021, 10, 1), "维持"),
				List.of(c + "-R5", "未经复议直接起诉", LocalDate.of(2021, 3, 1), "", ""),
				List.of(c + "-R5", "行政复议", LocalDate.of(2021, 12, 30), LocalDate.of(2022, 1, 5), "纠正"),
				List.of(c + "-R1", "复议后起诉", LocalDate.of(2021, 1, 10), LocalDate.of(2021, 2, 10), "结果纠正")));
		JsonNode second = awaitJob(upload("appeals", "复议诉讼2021.xlsx", xlsx));
		assertThat(second.get("status").asText()).as(second.toString()).isEqualTo("SUCCEEDED");
		assertThat(second.get("importedRows").asInt()).isEqualTo(5);

		// columns: 行政复议 [维持, 纠正, 其他, 尚未审结, 总计], 未经复议直接起诉 [same], 复议后起诉 [same]
		assertThat(sectionFour(2020)).containsExactly(1L, 0L, 1L, 1L, 3L, 0L, 1L, 0L, 1L, 2L, 0L, 0L, 0L, 1L, 1L);
		assertThat(sectionFour(2021)).containsExactly(0L, 1L, 1L, 1L, 3L, 1L, 0L, 0L, 1L, 2L, 1L, 1L, 0L, 1L, 3L);
		assertThat(sectionFour(2022)).containsExactly(0L, 1L, 0L, 0L, 1L, 0L, 0L, 0L, 1L, 1L, 0L, 0L, 0L, 1L, 1L);
		assertThat(sectionFour(2019)).containsOnly(0L);
		mvc.perform(get("/api/reports/annual/2021").param("agency", c).with(user(statistician)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.sections[5].section").value("四"))
			.andExpect(jsonPath("$.sections[5].rows[0].values[4]").value(3))
			.andExpect(jsonPath("$.sections[5].rows[0].values[9]").value(2))
			.andExpect(jsonPath("$.sections[5].rows[0].values[14]").value(3))
			.andExpect(jsonPath("$.sections[5].consistent").value(true));

		// what was stored: ledger origin, no process, no decision type, the category as
		// given
		assertThat(jdbc.sql("""
				select count(*) from appeal where agency_id = ? and origin = 'LEDGER' and import_id is not null
				  and decision_type is null and procedure is null and answer_due_on is null""")
			.param(agency.id().value())
			.query(Long.class)
			.single()).isEqualTo(11);
		assertThat(jdbc.sql("select count(*) from act_ru_execution where business_key_ like ?")
			.param(c + "-R%")
			.query(Long.class)
			.single()).isZero();
		assertThat(jdbc.sql("select reference from appeal where case_reference = ? order by filed_on")
			.param(c + "-R1")
			.query(String.class)
			.list()).containsExactly(c + "-R1-FY1", c + "-R1-SS2", c + "-R1-SS3");
		assertThat(jdbc.sql("""
				select count(*) from appeal_history h join appeal a on a.id = h.appeal_id
				where a.agency_id = ? and h.action = 'IMPORTED'""")
			.param(agency.id().value())
			.query(Long.class)
			.single()).isEqualTo(11);
		assertThat(jdbc.sql("select count(*) from audit_event where action = 'LEDGER_IMPORTED' and object_id in (?, ?)")
			.params(first.get("id").asText(), second.get("id").asText())
			.query(Long.class)
			.single()).isEqualTo(2);

		// the imported appeals show like others: list, detail page and API; the process
		// actions are refused
		UUID pending = jdbc.sql("select id from appeal where case_reference = ? and route = 'AFTER_REVIEW'")
			.param(c + "-R2")
			.query(UUID.class)
			.single();
		mvc.perform(get("/officer/appeals").with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString(c + "-R2-SS2")))
			.andExpect(content().string(Matchers.containsString("台账：结果维持")));
		mvc.perform(get("/officer/appeals/" + pending).with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("历史台账导入")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("登记决定（裁判）"))));
		mvc.perform(get("/api/appeals/" + pending).with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.origin").value("LEDGER"))
			.andExpect(jsonPath("$.result").value("尚未审结"))
			.andExpect(jsonPath("$.procedure").doesNotExist());
		mvc.perform(get("/api/appeals").param("pending", "true").with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(2));
		mvc.perform(post("/api/appeals/" + pending + "/decision").with(user(officer))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"decisionType\":\"JUDGMENT_CLAIM_REJECTED\",\"decidedOn\":\"2022-03-01\","
					+ "\"receivedOn\":\"2022-03-02\"}"))
			.andExpect(status().isConflict());
		mvc.perform(get("/api/appeals/" + pending + "/documents/LITIGATION_DEFENCE").param("format", "pdf")
			.with(user(officer))).andExpect(status().isBadRequest());
		mvc.perform(get("/imports").with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("台账导入未审结的复议、诉讼")))
			.andExpect(content().string(Matchers.containsString(c + "-R2-SS2")));

		// an officer records the pending 复议后起诉's result: 2022 counts it as 维持, 2021 still
		// as 尚未审结
		mvc.perform(post("/api/imports/appeals/" + pending + "/close").with(user(statistician))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"result\":\"维持\",\"closedOn\":\"2022-03-01\"}")).andExpect(status().isForbidden());
		mvc.perform(post("/api/imports/appeals/" + pending + "/close").with(user(officer))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"result\":\"维持\",\"closedOn\":\"2020-11-30\"}")).andExpect(status().isBadRequest());
		mvc.perform(post("/api/imports/appeals/" + pending + "/close").with(user(officer))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"result\":\"维持\",\"closedOn\":\"2022-03-01\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.result").value("结果维持"));
		assertThat(sectionFour(2022)).containsExactly(0L, 1L, 0L, 0L, 1L, 0L, 0L, 0L, 1L, 1L, 1L, 0L, 0L, 0L, 1L);
		assertThat(sectionFour(2021)).endsWith(1L, 1L, 0L, 1L, 3L);
		mvc.perform(post("/api/imports/appeals/" + pending + "/close").with(user(officer))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"result\":\"纠正\",\"closedOn\":\"2022-03-02\"}")).andExpect(status().isConflict());
		assertThat(jdbc.sql("select count(*) from audit_event where action = 'LEDGER_APPEAL_CLOSED' and object_id = ?")
			.param(pending.toString())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aFileWithBadRowsIsRejectedWholeWithEveryLineAndReasonAndNothingIsKept() throws Exception {
		String c = agency.code();
		Agency other = fixtures.agency();
		String csv = "\uFEFF" + """
				request_reference,kind,filed_on,closed_on,result
				%1$s-R1,行政复议,2020-02-01,2020-04-01,维持
				%1$s-NOPE,行政复议,2020-02-01,2020-04-01,维持
				%1$s-R1,行政申诉,2020-02-01,2020-04-01,维持
				%1$s-R2,行政复议,2020-03-01,2020-04-01,不了了之
				%1$s-R2,复议后起诉,2020-03-01,,维持
				%1$s-R3,行政复议,2020-06-01,2020-05-01,其他
				%1$s-R1,行政复议,2020-02-01,2020-05-01,纠正
				%1$s-R1,未经复议直接起诉,2019-12-31,,
				%1$s-R3,未经复议直接起诉,2020/06/31,2020-07-01,
				,复议后起诉,2099-01-01,,
				%1$s-R4,行政复议,2021-02-01,2021-03-01,
				%2$s-X1,行政复议,2021-02-01,,
				""".formatted(c, other.code());
		JsonNode job = awaitJob(upload("appeals", "bad.csv", csv.getBytes(StandardCharsets.UTF_8)));
		assertThat(job.get("status").asText()).isEqualTo("REJECTED");
		assertThat(job.get("importedRows").asInt()).isZero();
		List<String> errors = new ArrayList<>();
		job.get("errors").forEach(e -> errors.add(e.get("line").asInt() + ":" + e.get("reason").asText()));
		assertThat(errors).as(errors.toString())
			.anyMatch(e -> e.startsWith("3:") && e.contains("本机关没有编号为 " + c + "-NOPE"))
			.anyMatch(e -> e.startsWith("4:") && e.contains("类型“行政申诉”无法识别"))
			.anyMatch(e -> e.startsWith("5:") && e.contains("结果“不了了之”无法识别"))
			.anyMatch(e -> e.startsWith("6:") && e.contains("未审结（无办结日期）的不得填写结果"))
			.anyMatch(e -> e.startsWith("7:") && e.contains("办结日期 2020-05-01 早于申请（起诉）日期 2020-06-01"))
			.anyMatch(e -> e.startsWith("8:") && e.contains("与第2行重复"))
			.anyMatch(e -> e.startsWith("9:") && e.contains("早于收到政府信息公开申请"))
			.anyMatch(e -> e.startsWith("10:") && e.contains("“2020/06/31”不是有效日期"))
			.anyMatch(e -> e.startsWith("10:") && e.contains("须填写结果"))
			.anyMatch(e -> e.startsWith("11:") && e.contains("缺少申请编号"))
			.anyMatch(e -> e.startsWith("11:") && e.contains("晚于今天"))
			.anyMatch(e -> e.startsWith("12:") && e.contains("须填写结果"))
			.anyMatch(e -> e.startsWith("13:") && e.contains("本机关没有编号为 " + other.code() + "-X1"));
		assertThat(errors.stream().map(e -> e.substring(0, e.indexOf(':'))).distinct()).as(errors.toString())
			.containsExactly("3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13");
		assertThat(appealsOfAgency()).isZero();

		// the good row alone is imported; importing it again is refused as already
		// recorded
		String one = """
				request_reference,kind,filed_on,closed_on,result
				%s-R1,行政复议,2020-02-01,2020-04-01,维持
				""".formatted(c);
		assertThat(awaitJob(upload("appeals", "one.csv", one.getBytes(StandardCharsets.UTF_8))).get("status").asText())
			.isEqualTo("SUCCEEDED");
		JsonNode again = awaitJob(upload("appeals", "again.csv", one.getBytes(StandardCharsets.UTF_8)));
		assertThat(again.get("status").asText()).isEqualTo("REJECTED");
		assertThat(again.get("errors").toString()).contains("已在系统中").contains("\"line\":2");
		// a request ledger is not an appeals ledger
		JsonNode columns = awaitJob(upload("appeals", "cols.csv",
				"reference,received_on\nA,2021-01-01\n".getBytes(StandardCharsets.UTF_8)));
		assertThat(columns.get("errors").toString()).contains("缺少必需的列").contains("request_reference");
		assertThat(appealsOfAgency()).isEqualTo(1);
	}

	@Test
	void aLedgerAppealOnARequestHandledInGongkaiCountsWithItsOwnAppealsAndShowsOnItsCasePage() throws Exception {
		GongkaiUser person = fixtures.applicant(ApplicantCategory.NATURAL_PERSON);
		clock.setDate(LocalDate.parse("2023-03-01"));
		DisclosureCase request = fixtures.submit(person, agency, "2022年本机关财政预算执行情况");
		clock.setDate(LocalDate.parse("2023-03-06"));
		fixtures.answer(officer, request.id(), Outcome.UNAVAILABLE_NOT_HELD, "经检索，本机关未制作或获取该信息。");
		clock.setDate(LocalDate.parse("2023-04-03"));
		Appeal review = fixtures.as(officer,
				() -> handling.register(officer,
						new NewAppeal(request.id().value(), AppealKind.REVIEW, null, null, null, "某县人民政府", null, null,
								LocalDate.parse("2023-04-01"), LocalDate.parse("2023-04-03"), Procedure.SIMPLIFIED)));
		clock.setDate(LocalDate.parse("2023-05-10"));
		fixtures.as(officer, () -> handling.decide(officer, review.id(), DecisionType.REVIEW_UPHELD,
				LocalDate.parse("2023-05-10"), LocalDate.parse("2023-05-10")));
		fixtures.runDueJobs();
		clock.reset(); // back to today for the imports below
		String ref = request.reference();
		// the product's own 复议 is not imported a second time
		JsonNode twice = awaitJob(upload("appeals", "twice.csv", """
				request_reference,kind,filed_on,closed_on,result
				%s,行政复议,2023-04-01,2023-05-10,维持
				""".formatted(ref).getBytes(StandardCharsets.UTF_8)));
		assertThat(twice.get("status").asText()).isEqualTo("REJECTED");
		assertThat(twice.get("errors").toString()).contains("已在系统中");
		JsonNode suit = awaitJob(upload("appeals", "suit.csv", """
				request_reference,kind,filed_on,closed_on,result
				%s,未经复议直接起诉,2023-05-20,2023-08-01,纠正
				""".formatted(ref).getBytes(StandardCharsets.UTF_8)));
		assertThat(suit.get("status").asText()).as(suit.toString()).isEqualTo("SUCCEEDED");

		assertThat(sectionFour(2023)).containsExactly(1L, 0L, 0L, 0L, 1L, 0L, 1L, 0L, 0L, 1L, 0L, 0L, 0L, 0L, 0L);
		mvc.perform(get("/officer/cases/" + request.id().value()).with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString(ref + "-FY1")))
			.andExpect(content().string(Matchers.containsString(ref + "-SS2")))
			.andExpect(content().string(Matchers.containsString("台账：结果纠正")));
		mvc.perform(get("/api/appeals").param("case", request.id().value().toString()).with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].origin").value("SYSTEM"))
			.andExpect(jsonPath("$[0].result").value("结果维持"))
			.andExpect(jsonPath("$[1].origin").value("LEDGER"))
			.andExpect(jsonPath("$[1].result").value("结果纠正"));
	}

	@Test
	void onlyTheAgencysImportersMayImportAppeals() throws Exception {
		byte[] file = "request_reference,kind,filed_on,closed_on,result\n%s-R1,行政复议,2020-02-01,,\n"
			.formatted(agency.code())
			.getBytes(StandardCharsets.UTF_8);
		mvc.perform(multipart("/api/imports/appeals").file(new MockMultipartFile("file", "x.csv", "text/csv", file))
			.param("agency", agency.code())
			.with(user(officer))
			.with(csrf())).andExpect(status().isForbidden());
		GongkaiUser stranger = fixtures.officer(fixtures.agency(), Role.STATISTICIAN);
		mvc.perform(multipart("/api/imports/appeals").file(new MockMultipartFile("file", "x.csv", "text/csv", file))
			.param("agency", agency.code())
			.with(user(stranger))
			.with(csrf())).andExpect(status().isForbidden());
		mvc.perform(multipart("/imports/appeals").file(new MockMultipartFile("file", "x.csv", "text/csv", file))
			.with(user(officer))
			.with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(appealsOfAgency()).isZero();
		// the head of office may, through the page; the job page names the ledger
		GongkaiUser head = fixtures.officer(agency, Role.HEAD_OF_OFFICE);
		MvcResult page = mvc
			.perform(multipart("/imports/appeals").file(new MockMultipartFile("file", "x.csv", "text/csv", file))
				.with(user(head))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String location = page.getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/imports/");
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50)).until(() -> appealsOfAgency() > 0);
		assertThat(appealsOfAgency()).isEqualTo(1);
		mvc.perform(get(location).with(user(head)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("复议诉讼台账")));
	}

	private List<Long> sectionFour(int year) {
		ReportTable four = fixtures.as(statistician, () -> reports.compile(statistician, agency.code(), year))
			.sections()
			.stream()
			.filter(t -> t.section().equals("四"))
			.findFirst()
			.orElseThrow();
		assertThat(four.section()).isEqualTo("四");
		assertThat(four.consistent()).isTrue();
		return four.row(SectionFour.ROW_KEY).values();
	}

	private MvcResult upload(String ledger, String name, byte[] content) throws Exception {
		return mvc
			.perform(multipart("/api/imports/" + ledger)
				.file(new MockMultipartFile("file", name, "application/octet-stream", content))
				.param("agency", agency.code())
				.with(user(statistician))
				.with(csrf()))
			.andExpect(status().isAccepted())
			.andReturn();
	}

	private JsonNode awaitJob(MvcResult started) throws Exception {
		String id = json.readTree(started.getResponse().getContentAsString()).get("id").asText();
		return await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(50))
			.pollInSameThread()
			.until(() -> job(id), job -> !job.get("status").asText().equals("RUNNING"));
	}

	private JsonNode job(String id) throws Exception {
		return json.readTree(mvc.perform(get("/api/imports/" + id).with(user(statistician)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private long appealsOfAgency() {
		return jdbc.sql("select count(*) from appeal where agency_id = ?")
			.param(agency.id().value())
			.query(Long.class)
			.single();
	}

	private static byte[] xlsx(List<List<Object>> rows) throws Exception {
		return LedgerWorkbooks.xlsx("复议诉讼", rows);
	}

}
