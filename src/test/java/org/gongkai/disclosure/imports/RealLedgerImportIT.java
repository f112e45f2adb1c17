package org.gongkai.disclosure.imports;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.gongkai.disclosure.Fixtures;
import org.gongkai.disclosure.GongkaiIntegrationTest;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.accounts.Role;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.reporting.ReportCompiler;
import org.gongkai.disclosure.reporting.ReportTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 16: imports that take real ledgers — the dates as Excel shows them, the words
 * offices write, shown back with the canonical label; one message per problem, the first
 * on the page and all of them as a CSV file; the 2019 format's 其他处理; the appeals job's
 * wording; the upload limit.
 */
@GongkaiIntegrationTest
class RealLedgerImportIT {

	@Autowired
	Fixtures fixtures;

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	@Autowired
	ReportCompiler reports;

	private Agency agency;

	private GongkaiUser statistician;

	@BeforeEach
	void agency() {
		agency = fixtures.agency();
		statistician = fixtures.officer(agency, Role.STATISTICIAN);
	}

	@Test
	void aLedgerAsOfficesKeepItIsReadAndItsWordsAreShownBack() throws Exception {
		String c = agency.code();
		String csv = """
				编号,申请人类型,收到申请日期,申请渠道,办结日期,办理结果
				%1$s-A1,公民,2020/3/2,微信,2020/3/20,同意公开
				%1$s-A2,企业,2020-5-11,信件,2020年5月29日,信息不存在
				%1$s-A3,法人或其他组织,2020年8月3日,网站,2020.8.10,其他处理
				%1$s-A4,社会组织,2020.12.21,传真,2021/1/8 0:00,部分同意公开
				%1$s-A5,律师事务所,2020/12/28,电话,,
				""".formatted(c);
		JsonNode job = awaitJob(upload("requests", "台账2020.csv", csv.getBytes(Charset.forName("GB18030"))));
		assertThat(job.get("status").asText()).as(job.toString()).isEqualTo("SUCCEEDED");
		assertThat(job.get("importedRows").asInt()).isEqualTo(5);
		assertThat(mappings(job)).contains("申请人类型|企业|商业企业|1", "申请人类型|法人或其他组织|其他|1", "申请渠道|信件|邮寄（需签收）|1",
				"申请渠道|微信|互联网（在线申请）|1", "办理结果|同意公开|予以公开|1", "办理结果|其他处理|其他处理 — 其他|1");

		// an Excel workbook: real date cells in a Chinese display format beside dates
		// typed as text
		byte[] xlsx = LedgerWorkbooks.xlsx("台账",
				List.of(List.of("reference", "applicant_type", "received_on", "channel", "closed_on", "outcome"),
						List.of(c + "-B1", "自然人", LocalDate.of(2021, 2, 1), "网上申请", "2021/2/20", "予以公开"),
						List.of(c + "-B2", "企业", "2021年6月7日", "邮寄", LocalDate.of(2021, 6, 30), "撤回")));
		JsonNode rejected = awaitJob(upload("requests", "台账2021.xlsx", xlsx));
		// 撤回 is not an outcome of section 三: not guessed, one message
		assertThat(rejected.get("status").asText()).isEqualTo("REJECTED");
		assertThat(rejected.get("problemCount").asInt()).isEqualTo(1);
		assertThat(rejected.get("errors").get(0).get("column").asText()).isEqualTo("outcome");
		xlsx = LedgerWorkbooks.xlsx("台账",
				List.of(List.of("reference", "applicant_type", "received_on", "channel", "closed_on", "outcome"),
						List.of(c + "-B1", "自然人", LocalDate.of(2021, 2, 1), "网上申请", "2021/2/20", "予以公开"),
						List.of(c + "-B2", "企业", "2021年6月7日", "邮寄", LocalDate.of(2021, 6, 30), "逾期不补正")));
		assertThat(awaitJob(upload("requests", "台账2021.xlsx", xlsx)).get("status").asText()).isEqualTo("SUCCEEDED");

		ReportTable y2020 = section3(2020);
		// 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计
		assertThat(y2020.row("NEW").values()).containsExactly(1L, 1L, 0L, 1L, 1L, 1L, 5L);
		assertThat(y2020.row("DISCLOSED").value(0)).isEqualTo(1);
		assertThat(y2020.row("UNAVAILABLE_NOT_HELD").value(1)).isEqualTo(1);
		assertThat(y2020.row("OTHER_OTHER").value(5)).isEqualTo(1);
		ReportTable y2021 = section3(2021);
		assertThat(y2021.row("PARTLY_DISCLOSED").value(3)).isEqualTo(1);
		assertThat(y2021.row("OTHER_CORRECTION_LAPSED").value(1)).isEqualTo(1);

		// the job page shows the words back
		mvc.perform(get("/imports/" + job.get("id").asText()).with(user(statistician)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("台账写法的读取")))
			.andExpect(content().string(containsString("法人或其他组织")))
			.andExpect(content().string(containsString("已导入 5件申请。")));
	}

	/**
	 * 3,000 rows whose receipt date is no date, and every tenth closing date too: one
	 * message per bad cell (issue 16: a bad date gave two false messages besides the true
	 * one), the first 50 on the page, all of them in the download.
	 */
	@Test
	void aBadDateColumnGivesOneMessagePerBadCellTheFirstOnThePageAndAllInTheDownload() throws Exception {
		StringBuilder csv = new StringBuilder("reference,applicant_type,received_on,channel,closed_on,outcome\n");
		for (int i = 0; i < 3_000; i++) {
			csv.append(agency.code())
				.append("-D-")
				.append(i)
				.append(",自然人,2021-13-")
				.append(i % 28 + 1)
				.append(",网上申请,")
				.append(i % 10 == 0 ? "2021/2/30" : "2021-03-01")
				.append(",予以公开\n");
		}
		JsonNode job = awaitJob(upload("requests", "bad-dates.csv", csv.toString().getBytes(StandardCharsets.UTF_8)));
		assertThat(job.get("status").asText()).isEqualTo("REJECTED");
		assertThat(job.get("problemCount").asInt()).isEqualTo(3_300);
		assertThat(job.get("errors")).hasSize(ImportJobs.SHOWN);
		assertThat(job.get("errors").get(0).get("line").asInt()).isEqualTo(2);
		assertThat(job.get("errors").get(0).get("column").asText()).isEqualTo("received_on");
		assertThat(job.get("errors").get(1).get("column").asText()).isEqualTo("closed_on");
		assertThat(job.toString()).doesNotContain("缺少收到申请日期").doesNotContain("不得填写办理结果");

		String id = job.get("id").asText();
		mvc.perform(get("/imports/" + id).with(user(statistician)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("共 3300 处")))
			.andExpect(content().string(containsString("下面列出前 50 处")))
			.andExpect(content().string(containsString("/imports/" + id + "/problems.csv")));
		for (String path : List.of("/imports/" + id + "/problems.csv", "/api/imports/" + id + "/problems")) {
			MvcResult download = mvc.perform(get(path).with(user(statistician)))
				.andExpect(status().isOk())
				.andExpect(content().contentTypeCompatibleWith(MediaType.valueOf("text/csv")))
				.andReturn();
			byte[] bytes = download.getResponse().getContentAsByteArray();
			assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
			List<String> lines = new String(bytes, StandardCharsets.UTF_8).substring(1).lines().toList();
			assertThat(lines).hasSize(3_301);
			assertThat(lines.get(0)).isEqualTo("行号,列,问题");
			assertThat(lines.get(1)).startsWith("2,收到申请日期,收到申请日期“2021-13-1”不是有效日期");
			assertThat(lines.get(2)).startsWith("2,办结日期,办结日期“2021/2/30”不是有效日期");
			assertThat(lines.get(3300)).startsWith("3001,收到申请日期,");
			assertThat(download.getResponse().getHeader("Content-Disposition")).contains("attachment");
		}
		// another agency's importer cannot read them
		GongkaiUser stranger = fixtures.officer(fixtures.agency(), Role.STATISTICIAN);
		mvc.perform(get("/imports/" + id + "/problems.csv").with(user(stranger))).andExpect(status().isNotFound());
	}

	@Test
	void otherHandlingOfThe2019FormatIsTakenForCasesClosedBefore2021Only() throws Exception {
		String c = agency.code();
		String csv = """
				reference,applicant_type,received_on,channel,closed_on,outcome
				%1$s-O1,自然人,2019-06-03,网上申请,2019-06-20,其他处理
				%1$s-O2,自然人,2020-12-21,网上申请,2021-01-11,其他处理
				""".formatted(c);
		JsonNode job = awaitJob(upload("requests", "2019.csv", csv.getBytes(StandardCharsets.UTF_8)));
		assertThat(job.get("status").asText()).isEqualTo("REJECTED");
		assertThat(job.get("problemCount").asInt()).isEqualTo(1);
		JsonNode problem = job.get("errors").get(0);
		assertThat(problem.get("line").asInt()).isEqualTo(3);
		assertThat(problem.get("reason").asText()).contains("申请人无正当理由逾期不补正")
			.contains("缴纳费用")
			.contains("、其他")
			.contains("2021年以前办结的可只写“其他处理”");
		JsonNode ok = awaitJob(upload("requests", "2019.csv",
				csv.lines().limit(2).reduce((a, b) -> a + "\n" + b).orElseThrow().getBytes(StandardCharsets.UTF_8)));
		assertThat(ok.get("status").asText()).as(ok.toString()).isEqualTo("SUCCEEDED");
		ReportTable y2019 = fixtures
			.as(statistician,
					() -> reports.compile(statistician, agency.code(), 2019, ReportCompiler.FORMAT_2019, "agency"))
			.sections()
			.stream()
			.filter(t -> t.section().equals("三"))
			.findFirst()
			.orElseThrow();
		assertThat(y2019.row("OTHER").value(0)).isEqualTo(1);
	}

	@Test
	void anAppealsLedgerInOfficeWordsSaysWhatWasImported() throws Exception {
		String c = agency.code();
		JsonNode requests = awaitJob(upload("requests", "r.csv", """
				reference,applicant_type,received_on,channel,closed_on,outcome
				%1$s-R1,自然人,2020-01-10,网上申请,2020-01-20,予以公开
				%1$s-R2,自然人,2020-02-10,网上申请,2020-02-25,信息不存在
				""".formatted(c).getBytes(StandardCharsets.UTF_8)));
		assertThat(requests.get("status").asText()).isEqualTo("SUCCEEDED");
		JsonNode job = awaitJob(upload("appeals", "复议诉讼.csv", """
				申请编号,类型,申请（起诉）日期,办结日期,结果
				%1$s-R1,复议,2020/2/1,2020年4月1日,驳回
				%1$s-R1,行政诉讼,2020.3.1,2020/9/1,撤销
				%1$s-R2,复议后起诉,2020-3-1,2020-6-1,撤诉
				""".formatted(c).getBytes(StandardCharsets.UTF_8)));
		assertThat(job.get("status").asText()).as(job.toString()).isEqualTo("SUCCEEDED");
		assertThat(job.get("importedRows").asInt()).isEqualTo(3);
		assertThat(mappings(job)).contains("类型|复议|行政复议|1", "类型|行政诉讼|未经复议直接起诉|1", "结果|驳回|结果维持|1", "结果|撤销|结果纠正|1",
				"结果|撤诉|其他结果|1");
		mvc.perform(get("/imports/" + job.get("id").asText()).with(user(statistician)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已导入 3件行政复议、行政诉讼案件。")))
			.andExpect(content().string(not(containsString("件申请"))));
	}

	@Test
	void aLedgerOverTheLimitIsRefusedWithAClearMessage() throws Exception {
		byte[] big = new byte[(int) LedgerImports.MAX_UPLOAD_BYTES + 1];
		Arrays.fill(big, (byte) 'a');
		mvc.perform(multipart("/api/imports/requests").file(new MockMultipartFile("file", "big.csv", "text/csv", big))
			.param("agency", agency.code())
			.with(user(statistician))
			.with(csrf()))
			.andExpect(status().isPayloadTooLarge())
			.andExpect(jsonPath("$.detail").value(containsString("超过20 MB")));
		mvc.perform(multipart("/imports/requests").file(new MockMultipartFile("file", "big.csv", "text/csv", big))
			.with(user(statistician))
			.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("error", containsString("超过20 MB")));
	}

	private List<String> mappings(JsonNode job) {
		List<String> found = new ArrayList<>();
		job.get("mappings")
			.forEach(m -> found.add(m.get("column").asText() + "|" + m.get("written").asText() + "|"
					+ m.get("canonical").asText() + "|" + m.get("rows").asInt()));
		return found;
	}

	private ReportTable section3(int year) {
		return fixtures.as(statistician, () -> reports.compile(statistician, agency.code(), year))
			.sections()
			.stream()
			.filter(t -> t.section().equals("三"))
			.findFirst()
			.orElseThrow();
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

}
