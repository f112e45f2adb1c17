package org.gongkai.disclosure.reporting.export;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.disclosure.Fixtures;
import org.gongkai.disclosure.GongkaiIntegrationTest;
import org.gongkai.disclosure.TestClock;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.accounts.Role;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.applicants.ApplicantCategory;
import org.gongkai.disclosure.decisions.Outcome;
import org.gongkai.disclosure.deadlines.ReplyDeadlines;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Report exports made in the background with their progress (issue 16): started, polled
 * until ready and downloaded, the file is the direct download's; a job is never lost nor
 * made twice (the same key names the same job; a job its node abandoned is taken again by
 * a sweep); and a job that cannot be made is said to have failed, with why when the
 * reason is the requester's, never left running.
 */
@GongkaiIntegrationTest
class BackgroundExportsIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestClock clock;

	@Autowired
	ObjectMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ExportJobs jobs;

	@Autowired
	BackgroundExports background;

	private Agency agency;

	private GongkaiUser statistician;

	private int year;

	@BeforeEach
	void aYearWithAnAnsweredRequest() {
		agency = fixtures.agency();
		statistician = fixtures.officer(agency, Role.STATISTICIAN);
		GongkaiUser officer = fixtures.officer(agency, Role.CASE_OFFICER);
		var filed = fixtures.submit(fixtures.applicant(ApplicantCategory.NATURAL_PERSON), agency, "本县2025年城市道路维修计划");
		fixtures.answer(officer, filed.id(), Outcome.DISCLOSED, "经审查，现予以公开。");
		year = ReplyDeadlines.today(clock).getYear();
	}

	@Test
	void anExportStartedPolledAndDownloadedIsTheDirectDownloadsFile() throws Exception {
		for (String type : List.of("html", "xlsx")) {
			MockHttpServletResponse started = start(statistician, type, false, UUID.randomUUID().toString())
				.andExpect(status().isAccepted())
				.andExpect(jsonPath("$.stepsTotal").value(2))
				.andReturn()
				.getResponse();
			JsonNode job = json.readTree(started.getContentAsString());
			assertThat(started.getHeader(HttpHeaders.LOCATION)).isEqualTo(job.get("poll").asText());

			JsonNode ready = awaitFinished(statistician, job.get("id").asText());
			assertThat(ready.get("status").asText()).isEqualTo("READY");
			assertThat(ready.get("stepsDone").asInt()).isEqualTo(2);
			assertThat(ready.get("message").asText()).startsWith("已生成");

			MockHttpServletResponse file = mvc.perform(get(ready.get("download").asText()).with(user(statistician)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse();
			MockHttpServletResponse direct = mvc
				.perform(get("/api/reports/annual/" + year + "/export").param("agency", agency.code())
					.param("type", type)
					.with(user(statistician)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse();
			assertThat(file.getContentType()).isEqualTo(direct.getContentType());
			assertThat(file.getHeader(HttpHeaders.CONTENT_DISPOSITION))
				.isEqualTo(direct.getHeader(HttpHeaders.CONTENT_DISPOSITION));
			if (type.equals("html")) {
				assertThat(file.getContentAsByteArray()).isEqualTo(direct.getContentAsByteArray());
			}
			else {
				// a workbook's zip carries the time it was written: the same cells, sheet
				// by
				// sheet
				assertThat(cells(file.getContentAsByteArray())).isEqualTo(cells(direct.getContentAsByteArray()))
					.isNotEmpty();
			}
		}
	}

	@Test
	void theChartsAppendixIsAStepOfItsOwn() throws Exception {
		JsonNode job = json
			.readTree(start(statistician, "pdf", true, UUID.randomUUID().toString()).andExpect(status().isAccepted())
				.andReturn()
				.getResponse()
				.getContentAsString());
		assertThat(job.get("stepsTotal").asInt()).isEqualTo(3);
		JsonNode ready = awaitFinished(statistician, job.get("id").asText());
		assertThat(ready.get("status").asText()).isEqualTo("READY");
		assertThat(ready.get("fileName").asText()).isEqualTo(agency.name() + year + "年政府信息公开工作年度报告.pdf");
	}

	@Test
	void theSameKeyNamesTheSameExportAndOnlyItsRequesterSeesIt() throws Exception {
		String key = UUID.randomUUID().toString();
		String first = json
			.readTree(start(statistician, "html", false, key).andExpect(status().isAccepted())
				.andReturn()
				.getResponse()
				.getContentAsString())
			.get("id")
			.asText();
		start(statistician, "html", false, key).andExpect(status().isOk()).andExpect(jsonPath("$.id").value(first));
		start(statistician, "docx", false, key).andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.title").value("幂等键已用于另一次导出"));
		awaitFinished(statistician, first);
		assertThat(jdbc.sql("select count(*) from report_export where requested_by = ?")
			.param(statistician.id())
			.query(Integer.class)
			.single()).as("one job for the key").isEqualTo(1);
		assertThat(exported()).as("exported once").isEqualTo(1);

		GongkaiUser colleague = fixtures.officer(agency, Role.STATISTICIAN);
		mvc.perform(get("/api/reports/exports/" + first).with(user(colleague)))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("未找到该导出（导出文件保留一天）"));
		mvc.perform(get("/api/reports/exports/" + first + "/file").with(user(colleague)))
			.andExpect(status().isNotFound());
	}

	@Test
	void anExportOfAReportTheUserMayNotReadIsRefusedBeforeItIsQueued() throws Exception {
		GongkaiUser stranger = fixtures.officer(fixtures.agency(), Role.STATISTICIAN);
		start(stranger, "docx", false, UUID.randomUUID().toString()).andExpect(status().isForbidden());
		assertThat(jdbc.sql("select count(*) from report_export where requested_by = ?")
			.param(stranger.id())
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void aJobItsNodeNeverBeganIsTakenBySweepAndMade() throws Exception {
		UUID id = queuedBeforeTheSweepsPatience(statistician);
		background.sweep();
		JsonNode ready = awaitFinished(statistician, id.toString());
		assertThat(ready.get("status").asText()).isEqualTo("READY");
		assertThat(exported()).isEqualTo(1);
	}

	@Test
	void aJobThatCannotBeMadeIsSaidToHaveFailedWithWhy() throws Exception {
		// the rights it was queued with are gone when a worker takes it
		GongkaiUser moved = fixtures.officer(fixtures.agency(), Role.STATISTICIAN);
		UUID id = queuedBeforeTheSweepsPatience(moved);
		background.sweep();
		JsonNode failed = awaitFinished(moved, id.toString());
		assertThat(failed.get("status").asText()).isEqualTo("FAILED");
		assertThat(failed.get("message").asText()).startsWith("未能生成Excel（.xlsx）：").contains("本机关");
		assertThat(failed.get("download").isNull()).isTrue();
		mvc.perform(get("/api/reports/exports/" + id + "/file").with(user(moved))).andExpect(status().isConflict());
	}

	@Test
	void aJobAbandonedOnItsLastAttemptIsSaidToHaveFailedNotLeftRunning() throws Exception {
		UUID id = queued(statistician);
		// taken for the last time, half made, by a node that then stopped
		jdbc.sql("""
				update report_export set status = 'RUNNING', attempts = ?, step = 'RENDER', steps_done = 1,
				    heartbeat_at = now()
				where id = ?""").params(BackgroundExports.MAX_ATTEMPTS, id).update();
		mvc.perform(get("/api/reports/exports/" + id).with(user(statistician)))
			.andExpect(jsonPath("$.status").value("RUNNING"))
			.andExpect(jsonPath("$.stepsDone").value(1))
			.andExpect(jsonPath("$.message").value("正在生成Excel（.xlsx）：生成文件（第2步，共2步）"));
		jdbc.sql("update report_export set heartbeat_at = now() - interval '10 minutes' where id = ?")
			.param(id)
			.update();
		background.sweep();
		mvc.perform(get("/api/reports/exports/" + id).with(user(statistician)))
			.andExpect(jsonPath("$.status").value("FAILED"))
			.andExpect(jsonPath("$.message").value("未能生成Excel（.xlsx），请稍后重试。"));
		assertThat(exported()).isZero();
	}

	private ResultActions start(GongkaiUser who, String type, boolean charts, String key) throws Exception {
		return mvc.perform(post("/api/reports/annual/" + year + "/exports").param("agency", agency.code())
			.param("format", "2021")
			.param("type", type)
			.param("charts", Boolean.toString(charts))
			.header("Idempotency-Key", key)
			.with(csrf())
			.with(user(who)));
	}

	/** A job queued as its node stopped: no worker has it. */
	private UUID queued(GongkaiUser who) {
		return jobs
			.queue(who.id(), UUID.randomUUID().toString(),
					new ExportRequest(agency.code(), year, "2021", null, ReportExports.Type.XLSX, false))
			.job()
			.id();
	}

	/** A job queued as its node stopped, long enough ago for any sweep to take it. */
	private UUID queuedBeforeTheSweepsPatience(GongkaiUser who) {
		UUID id = queued(who);
		jdbc.sql("update report_export set requested_at = now() - interval '1 minute' where id = ?").param(id).update();
		return id;
	}

	private JsonNode awaitFinished(GongkaiUser who, String id) {
		return await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(100))
			.pollInSameThread()
			.until(() -> json.readTree(mvc.perform(get("/api/reports/exports/" + id).with(user(who)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString()), job -> job.get("status").asText().matches("READY|FAILED"));
	}

	/** How many times this agency's report was audited as exported. */
	private int exported() {
		return jdbc.sql("select count(*) from audit_event where action = 'REPORT_EXPORTED' and object_id = ?")
			.param(agency.code() + "/" + year)
			.query(Integer.class)
			.single();
	}

	private static List<List<String>> cells(byte[] xlsx) throws Exception {
		List<List<String>> rows = new ArrayList<>();
		DataFormatter format = new DataFormatter();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			for (Sheet sheet : book) {
				for (Row row : sheet) {
					List<String> values = new ArrayList<>(List.of(sheet.getSheetName()));
					row.forEach(cell -> values.add(format.formatCellValue(cell)));
					rows.add(values);
				}
			}
		}
		return rows;
	}

}
