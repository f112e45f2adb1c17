package org.gongkai.disclosure.imports;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.disclosure.Fixtures;
import org.gongkai.disclosure.GongkaiIntegrationTest;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.accounts.Role;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.casework.CaseStatus;
import org.gongkai.disclosure.casework.Cases;
import org.gongkai.disclosure.casework.DisclosureCase;
import org.gongkai.disclosure.casework.history.CaseLedger;
import org.gongkai.disclosure.casework.history.CaseLedgerReplay;
import org.gongkai.disclosure.casework.history.HistoricCases;
import org.gongkai.disclosure.decisions.Outcome;
import org.gongkai.disclosure.reporting.AnnualReport;
import org.gongkai.disclosure.reporting.ReportCompiler;
import org.gongkai.disclosure.reporting.ReportTable;
import org.gongkai.disclosure.shared.ids.CaseId;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The historic ledger import through the API: a CSV (GB18030, as office software writes
 * it) for 2020 and an XLSX for 2021 make both years' section 三 right, including the
 * carry-over; an imported open case is closed later by an officer; a file with bad rows
 * of several kinds is rejected whole with every line and reason and nothing kept;
 * progress of a large file; who may import.
 */
@GongkaiIntegrationTest
class LedgerImportIT {

	@Autowired
	Fixtures fixtures;

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	@Autowired
	ReportCompiler reports;

	@Autowired
	HistoricCases historic;

	@Autowired
	Cases cases;

	@Autowired
	CaseLedger ledger;

	@Autowired
	JdbcClient jdbc;

	private Agency agency;

	private GongkaiUser statistician;

	@BeforeEach
	void agency() {
		agency = fixtures.agency();
		statistician = fixtures.officer(agency, Role.STATISTICIAN);
	}

	@Test
	void csvAndXlsxLedgersMakeTwoYearsOfReportsRightWithTheCarryOver() throws Exception {
		String c = agency.code();
		String csv = """
				reference,applicant_type,received_on,channel,closed_on,outcome,information_sought
				%1$s-2020-00001,自然人,2020-03-02,网上申请,2020-03-20,予以公开,"2019年财政决算,含说明"
				%1$s-2020-00002,商业企业,2020-05-11,当面提交,2020-05-29,不予公开/保护第三方合法权益,
				%1$s-2020-00003,自然人,2020-08-03,信函,2020-08-10,重复申请,
				%1$s-2020-00004,科研机构,2020-12-21,传真,2021-01-08,部分公开,
				%1$s-2020-00005,法律服务机构,2020-12-28,电子邮件,,,
				%1$s-2020-00006,其他,2020-10-12,口头提出,2020-10-13,其他处理/其他,
				""".formatted(c);
		JsonNode first = awaitJob(upload("ledger-2020.csv", csv.getBytes(Charset.forName("GB18030")), null));
		assertThat(first.get("status").asText()).as(first.toString()).isEqualTo("SUCCEEDED");
		assertThat(first.get("importedRows").asInt()).isEqualTo(6);

		byte[] xlsx = xlsx(List.of(
				List.of("reference", "applicant_type", "received_on", "channel", "closed_on", "outcome"),
				List.of(c + "-2021-00001", "自然人", LocalDate.of(2021, 2, 1), "互联网", LocalDate.of(2021, 2, 20),
						"（一）予以公开"),
				List.of(c + "-2021-00002", "社会公益组织", LocalDate.of(2021, 6, 7), "邮寄", LocalDate.of(2021, 6, 30),
						"本机关不掌握相关政府信息"),
				List.of(c + "-2021-00003", "自然人", LocalDate.of(2021, 12, 27), "当面", "", "")));
		JsonNode second = awaitJob(upload("台账2021.xlsx", xlsx, null));
		assertThat(second.get("status").asText()).as(second.toString()).isEqualTo("SUCCEEDED");

		GongkaiUser head = fixtures.officer(agency, Role.HEAD_OF_OFFICE);
		ReportTable y2020 = report(head, 2020);
		assertThat(y2020.row("NEW").values()).containsExactly(2L, 1L, 1L, 0L, 1L, 1L, 6L);
		assertThat(y2020.row("CARRIED_OVER").value(6)).isZero();
		assertThat(y2020.row("DISCLOSED").value(0)).isEqualTo(1);
		assertThat(y2020.row("WITHHELD_THIRD_PARTY_RIGHTS").value(1)).isEqualTo(1);
		assertThat(y2020.row("NOT_PROCESSED_REPEATED").value(0)).isEqualTo(1);
		assertThat(y2020.row("OTHER_OTHER").value(5)).isEqualTo(1);
		assertThat(y2020.row("TOTAL").value(6)).isEqualTo(4);
		assertThat(y2020.row("CARRIED_FORWARD").values()).containsExactly(0L, 0L, 1L, 0L, 1L, 0L, 2L);
		assertThat(y2020.consistent()).isTrue();

		ReportTable y2021 = report(head, 2021);
		assertThat(y2021.row("CARRIED_OVER").values()).containsExactly(0L, 0L, 1L, 0L, 1L, 0L, 2L);
		assertThat(y2021.row("NEW").values()).containsExactly(2L, 0L, 0L, 1L, 0L, 0L, 3L);
		assertThat(y2021.row("PARTLY_DISCLOSED").value(2)).isEqualTo(1);
		assertThat(y2021.row("UNAVAILABLE_NOT_HELD").value(3)).isEqualTo(1);
		assertThat(y2021.row("TOTAL").value(6)).isEqualTo(3);
		// 2020-00005 (法律服务机构) and 2021-00003 (自然人) are still open at the end of 2021
		assertThat(y2021.row("CARRIED_FORWARD").values()).containsExactly(1L, 0L, 0L, 0L, 1L, 0L, 2L);
		assertThat(y2021.consistent()).isTrue();

		// the imported cases are marked, have no process, and their ledger replays to the
		// table
		DisclosureCase partly = byReference(c + "-2020-00004");
		assertThat(partly.status()).isEqualTo(CaseStatus.CLOSED);
		assertThat(jdbc.sql("select origin from disclosure_case where id = ?")
			.param(partly.id().value())
			.query(String.class)
			.single()).isEqualTo("LEDGER");
		var replayed = CaseLedgerReplay.replay(ledger.of(partly.id()));
		assertThat(replayed.outcome()).isEqualTo(Outcome.PARTLY_DISCLOSED);
		assertThat(replayed.closedOn()).isEqualTo(LocalDate.of(2021, 1, 8));
		assertThat(replayed.receivedOn()).isEqualTo(partly.receivedOn());
		assertThat(replayed.status()).isEqualTo(partly.status());

		// an officer records the outcome of the open 2020 case: it now counts as closed
		// in 2022's… here in 2021
		GongkaiUser officer = fixtures.officer(agency, Role.CASE_OFFICER);
		DisclosureCase open = byReference(c + "-2020-00005");
		assertThat(fixtures.as(officer, () -> historic.openOf(officer))).extracting(o -> o.reference())
			.contains(c + "-2020-00005", c + "-2021-00003");
		fixtures.as(officer,
				() -> historic.close(officer, open.id(), Outcome.UNAVAILABLE_NEEDS_CREATION, LocalDate.of(2021, 3, 1)));
		ReportTable after = report(head, 2021);
		assertThat(after.row("UNAVAILABLE_NEEDS_CREATION").value(4)).isEqualTo(1);
		assertThat(after.row("CARRIED_FORWARD").values()).containsExactly(1L, 0L, 0L, 0L, 0L, 0L, 1L);
		assertThat(after.consistent()).isTrue();
		var closedReplay = CaseLedgerReplay.replay(ledger.of(open.id()));
		assertThat(closedReplay.outcome()).isEqualTo(Outcome.UNAVAILABLE_NEEDS_CREATION);
		assertThat(closedReplay.status()).isEqualTo(byReference(c + "-2020-00005").status());

		// the reference counter moved past the imported numbers
		assertThat(jdbc.sql("select last_value from case_reference_counter where agency_id = ? and year = 2020")
			.param(agency.id().value())
			.query(Integer.class)
			.single()).isEqualTo(6);
	}

	@Test
	void aFileWithBadRowsIsRejectedWholeWithEveryLineAndReasonAndNothingIsKept() throws Exception {
		String c = agency.code();
		String csv = "\uFEFF" + """
				reference,applicant_type,received_on,channel,closed_on,outcome
				%1$s-OK-1,自然人,2021-03-01,网上申请,2021-03-10,予以公开
				%1$s-OK-2,个体户,2021-03-01,网上申请,2021-03-10,予以公开
				%1$s-OK-3,自然人,2021-02-30,网上申请,,
				%1$s-OK-4,自然人,2021-03-05,网上申请,2021-03-01,予以公开
				%1$s-OK-5,自然人,2021-03-05,网上申请,2021-03-08,
				%1$s-OK-6,自然人,2021-03-05,网上申请,,重复申请
				%1$s-OK-1,自然人,2021-03-05,网上申请,,
				%1$s-OK-8,自然人,2021-03-05,飞鸽传书,2021-03-06,不予公开
				%1$s-OK-9,自然人,2021-03-05,网上申请,2021-03-06,无法提供/重复申请
				,自然人,2099-01-01,网上申请,,
				""".formatted(c);
		JsonNode job = awaitJob(upload("bad.csv", csv.getBytes(StandardCharsets.UTF_8), "UTF-8"));
		assertThat(job.get("status").asText()).isEqualTo("REJECTED");
		assertThat(job.get("importedRows").asInt()).isZero();
		List<String> errors = new ArrayList<>();
		job.get("errors").forEach(e -> errors.add(e.get("line").asInt() + ":" + e.get("reason").asText()));
		assertThat(errors).anyMatch(e -> e.startsWith("3:") && e.contains("个体户"))
			.anyMatch(e -> e.startsWith("4:") && e.contains("2021-02-30"))
			.anyMatch(e -> e.startsWith("5:") && e.contains("早于收到申请日期"))
			.anyMatch(e -> e.startsWith("6:") && e.contains("须填写办理结果"))
			.anyMatch(e -> e.startsWith("7:") && e.contains("不得填写办理结果"))
			.anyMatch(e -> e.startsWith("8:") && e.contains("与第2行重复"))
			.anyMatch(e -> e.startsWith("9:") && e.contains("飞鸽传书"))
			.anyMatch(e -> e.startsWith("9:") && e.contains("是类别"))
			.anyMatch(e -> e.startsWith("10:") && e.contains("不是“无法提供”下的情形"))
			.anyMatch(e -> e.startsWith("11:") && e.contains("缺少编号"))
			.anyMatch(e -> e.startsWith("11:") && e.contains("晚于今天"));
		assertThat(errors.stream().map(e -> e.substring(0, e.indexOf(':'))).distinct()).as(errors.toString())
			.hasSize(9);
		assertThat(casesOfAgency()).isZero();

		// a reference already in the system, and a file without the required columns
		JsonNode ok = awaitJob(upload("one.csv", """
				reference,applicant_type,received_on,channel,closed_on,outcome
				%s-ONE,自然人,2021-03-01,网上申请,2021-03-10,予以公开
				""".formatted(c).getBytes(StandardCharsets.UTF_8), null));
		assertThat(ok.get("status").asText()).isEqualTo("SUCCEEDED");
		JsonNode again = awaitJob(upload("again.csv", """
				reference,applicant_type,received_on,channel,closed_on,outcome
				%1$s-TWO,自然人,2021-03-01,网上申请,2021-03-10,予以公开
				%1$s-ONE,自然人,2021-03-01,网上申请,2021-03-10,予以公开
				""".formatted(c).getBytes(StandardCharsets.UTF_8), null));
		assertThat(again.get("status").asText()).isEqualTo("REJECTED");
		assertThat(again.get("errors").toString()).contains("已在系统中").contains("\"line\":3");
		JsonNode columns = awaitJob(
				upload("cols.csv", "reference,received_on\nA,2021-01-01\n".getBytes(StandardCharsets.UTF_8), null));
		assertThat(columns.get("errors").toString()).contains("缺少必需的列").contains("applicant_type");
		JsonNode xls = awaitJob(
				upload("old.xls", new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0 }, null));
		assertThat(xls.get("errors").toString()).contains(".xlsx");
		byte[] garbage = new byte[4096];
		new Random(42).nextBytes(garbage);
		JsonNode noise = awaitJob(upload("noise.csv", garbage, null));
		assertThat(noise.get("status").asText()).isEqualTo("REJECTED");
		JsonNode brokenZip = awaitJob(upload("broken.xlsx", new byte[] { 'P', 'K', 3, 4, 1, 2, 3 }, null));
		assertThat(brokenZip.get("errors").toString()).contains("无法读取 .xlsx 工作簿");
		assertThat(casesOfAgency()).isEqualTo(1);
	}

	@Test
	void aLargeFileShowsItsProgressAndOnlyTheAgencysImportersMayImport() throws Exception {
		int n = 20_000;
		StringBuilder csv = new StringBuilder("reference,applicant_type,received_on,channel,closed_on,outcome\n");
		for (int i = 1; i <= n; i++) {
			LocalDate received = LocalDate.of(2022, 1, 1).plusDays(i % 360);
			csv.append(agency.code())
				.append("-L-")
				.append(i)
				.append(',')
				.append(i % 3 == 0 ? "商业企业" : "自然人")
				.append(',')
				.append(received)
				.append(",网上申请,")
				.append(i % 10 == 0 ? "," : received.plusDays(5) + "," + (i % 2 == 0 ? "予以公开" : "部分公开"))
				.append('\n');
		}
		JsonNode started = json
			.readTree(upload("large.csv", csv.toString().getBytes(StandardCharsets.UTF_8), null).getResponse()
				.getContentAsString());
		String id = started.get("id").asText();
		List<Integer> seen = new ArrayList<>();
		JsonNode job = await().atMost(Duration.ofSeconds(120))
			.pollInterval(Duration.ofMillis(20))
			.pollInSameThread()
			.until(() -> {
				JsonNode polled = job(id);
				seen.add(polled.get("processedRows").asInt());
				return polled;
			}, polled -> !polled.get("status").asText().equals("RUNNING"));
		assertThat(job.get("status").asText()).isEqualTo("SUCCEEDED");
		assertThat(job.get("totalRows").asInt()).isEqualTo(n);
		assertThat(job.get("processedRows").asInt()).isEqualTo(n);
		assertThat(seen).isSorted();
		assertThat(seen).as("progress between start and end").anyMatch(p -> p > 0 && p < n);
		assertThat(casesOfAgency()).isEqualTo(n);
		mvc.perform(get("/imports").with(user(statistician)))
			.andExpect(status().isOk())
			.andExpect(MockMvcResultMatchers.content().string(Matchers.containsString("large.csv")));
		mvc.perform(get("/imports/" + id).with(user(statistician)))
			.andExpect(status().isOk())
			.andExpect(MockMvcResultMatchers.content().string(Matchers.containsString("已导入 20000件申请。")));
		GongkaiUser caseOfficer = fixtures.officer(agency, Role.CASE_OFFICER);
		mvc.perform(get("/imports").with(user(caseOfficer)))
			.andExpect(status().isOk())
			.andExpect(MockMvcResultMatchers.content().string(Matchers.containsString("台账导入未结")));

		// a case officer may not import, nor may another agency's statistician, nor read
		// this agency's job
		GongkaiUser officer = fixtures.officer(agency, Role.CASE_OFFICER);
		mvc.perform(multipart("/api/imports/requests")
			.file(new MockMultipartFile("file", "x.csv", "text/csv", "a".getBytes()))
			.param("agency", agency.code())
			.with(user(officer))
			.with(csrf())).andExpect(status().isForbidden());
		GongkaiUser stranger = fixtures.officer(fixtures.agency(), Role.STATISTICIAN);
		mvc.perform(multipart("/api/imports/requests")
			.file(new MockMultipartFile("file", "x.csv", "text/csv", "a".getBytes()))
			.param("agency", agency.code())
			.with(user(stranger))
			.with(csrf())).andExpect(status().isForbidden());
		mvc.perform(get("/api/imports/" + id).with(user(stranger)))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.title").value("未找到导入记录"));
		mvc.perform(get("/imports/" + id).with(user(stranger))).andExpect(status().isNotFound());
		// the page refuses an upload by someone who may not import, storing nothing
		mvc.perform(
				multipart("/imports/requests").file(new MockMultipartFile("file", "x.csv", "text/csv", "a".getBytes()))
					.with(user(officer))
					.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(casesOfAgency()).isEqualTo(n);
	}

	private static RequestPostProcessor csrf() {
		return SecurityMockMvcRequestPostProcessors.csrf();
	}

	/**
	 * Issue 13: one far-right cell per row of a 101 KB workbook padded rows to ~32,000
	 * columns (1.9 GB of heap). Now a cell beyond {@link LedgerFile#MAX_COLUMNS} refuses
	 * the file as it is streamed.
	 */
	@Test
	void aWorkbookWithFarRightCellsIsRefusedNotPadded() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("台账");
			Row header = sheet.createRow(0);
			List<String> columns = List.of("reference", "applicant_type", "received_on", "channel", "closed_on",
					"outcome");
			for (int i = 0; i < columns.size(); i++) {
				header.createCell(i).setCellValue(columns.get(i));
			}
			for (int r = 1; r <= 2000; r++) {
				sheet.createRow(r).createCell(16_000).setCellValue("x");
			}
			workbook.write(out);
		}
		JsonNode job = awaitJob(upload("wide.xlsx", out.toByteArray(), null));
		assertThat(job.get("status").asText()).isEqualTo("REJECTED");
		assertThat(job.get("errors").get(0).get("reason").asText()).contains("超过" + LedgerFile.MAX_COLUMNS + "列");
	}

	/**
	 * Issue 13: a rejected 9.9 MB CSV produced a 41 MB response; issue 16: every problem
	 * was listed on the page. The job lists the first problems, each cut short, and
	 * counts them all (one per row here: the unreadable applicant type is not also
	 * 「missing」).
	 */
	@Test
	void aRejectionListsTheFirstProblemsAndCountsTheRest() throws Exception {
		StringBuilder csv = new StringBuilder("reference,applicant_type,received_on,channel,closed_on,outcome\n");
		String huge = "个".repeat(1_000);
		for (int i = 0; i < 3_000; i++) {
			csv.append(agency.code()).append("-BAD-").append(i).append(',').append(huge).append(",2021-03-01,网上申请,,\n");
		}
		MvcResult started = upload("bad.csv", csv.toString().getBytes(StandardCharsets.UTF_8), "UTF-8");
		JsonNode job = awaitJob(started);
		assertThat(job.get("status").asText()).isEqualTo("REJECTED");
		assertThat(job.get("problemCount").asInt()).isEqualTo(3_000);
		assertThat(job.get("errors")).hasSize(ImportJobs.SHOWN);
		job.get("errors")
			.forEach(e -> assertThat(e.get("reason").asText().length())
				.isLessThanOrEqualTo(ImportJobs.MAX_PROBLEM_LENGTH + 1));
		String id = job.get("id").asText();
		assertThat(mvc.perform(get("/api/imports/" + id).with(user(statistician)))
			.andReturn()
			.getResponse()
			.getContentAsByteArray()).hasSizeLessThan(200_000);
		// the administrator administers; the county's ledgers are not theirs to read
		GongkaiUser admin = fixtures.officer(agency, Role.ADMINISTRATOR);
		mvc.perform(get("/api/imports/" + id).with(user(admin))).andExpect(status().isNotFound());
		mvc.perform(get("/imports").with(user(admin)))
			.andExpect(result -> assertThat(result.getResponse().getContentAsString()).doesNotContain(id));
	}

	private MvcResult upload(String name, byte[] content, String charset) throws Exception {
		var request = multipart("/api/imports/requests")
			.file(new MockMultipartFile("file", name, "application/octet-stream", content))
			.param("agency", agency.code())
			.with(user(statistician))
			.with(csrf());
		if (charset != null) {
			request.param("charset", charset);
		}
		return mvc.perform(request).andExpect(status().isAccepted()).andReturn();
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

	private ReportTable report(GongkaiUser reader, int year) {
		AnnualReport report = fixtures.as(reader, () -> reports.compile(reader, agency.code(), year));
		return report.sections().stream().filter(t -> t.section().equals("三")).findFirst().orElseThrow();
	}

	private DisclosureCase byReference(String reference) {
		UUID id = jdbc.sql("select id from disclosure_case where reference = ?")
			.param(reference)
			.query(UUID.class)
			.single();
		return cases.byId(new CaseId(id)).orElseThrow();
	}

	private long casesOfAgency() {
		return jdbc.sql("select count(*) from disclosure_case where agency_id = ?")
			.param(agency.id().value())
			.query(Long.class)
			.single();
	}

	private static byte[] xlsx(List<List<Object>> rows) throws Exception {
		return LedgerWorkbooks.xlsx("台账", rows);
	}

}
