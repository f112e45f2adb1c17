package org.gongkai.disclosure.reporting;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.gongkai.disclosure.Fixtures;
import org.gongkai.disclosure.GongkaiIntegrationTest;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.accounts.Role;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.applicants.ApplicantCategory;
import org.gongkai.disclosure.casework.Channel;
import org.gongkai.disclosure.casework.history.HistoricCases;
import org.gongkai.disclosure.casework.history.HistoricCases.HistoricCase;
import org.gongkai.disclosure.decisions.Outcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 16: the drill-down stopped at 1,000 records, with no paging, no file and no
 * links. Now every record is reachable page by page, all of them download as a CSV file
 * Excel opens (UTF-8 with BOM), and each request links to its case page — except one
 * imported from a ledger, which has none.
 */
@GongkaiIntegrationTest
class DrillDownPagingIT {

	@Autowired
	Fixtures fixtures;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	HistoricCases historic;

	@Autowired
	ObjectMapper json;

	private Agency agency;

	private GongkaiUser statistician;

	private final List<UUID> handled = new ArrayList<>();

	@BeforeEach
	void twoHundredAndFiftyDisclosures() {
		agency = fixtures.agency();
		statistician = fixtures.officer(agency, Role.STATISTICIAN);
		CaseRecords records = new CaseRecords(jdbc, agency,
				fixtures.applicant(ApplicantCategory.NATURAL_PERSON).applicantId());
		for (int i = 0; i < 230; i++) {
			handled.add(records.add(ApplicantCategory.NATURAL_PERSON, Channel.ONLINE, "2021-03-01", Outcome.DISCLOSED,
					"2021-03-10"));
		}
		List<HistoricCase> ledger = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			ledger.add(new HistoricCase(i + 2, agency.code() + "-L-" + "%02d".formatted(i),
					ApplicantCategory.NATURAL_PERSON, Channel.IN_PERSON, LocalDate.of(2021, 4, 1),
					LocalDate.of(2021, 4, 9), Outcome.DISCLOSED, null));
		}
		fixtures.as(statistician, () -> historic.importAll(statistician, agency.id(), UUID.randomUUID(), ledger, n -> {
		}));
	}

	@Test
	void everyRecordIsReachablePageByPageAndLinksToItsCase() throws Exception {
		JsonNode first = api(0);
		assertThat(first.get("value").asText()).isEqualTo("250");
		assertThat(first.get("records")).hasSize(ReportDrillDown.PAGE_SIZE);
		assertThat(first.get("hasNext").asBoolean()).isTrue();
		JsonNode last = api(2);
		assertThat(last.get("records")).hasSize(50);
		assertThat(last.get("hasNext").asBoolean()).isFalse();
		assertThat(last.get("page").asInt()).isEqualTo(2);

		String page = mvc.perform(cell("/officer/reports/cell")).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("第 1–100 条")
			.contains("rel=\"next\"")
			.doesNotContain("rel=\"prev\"")
			.contains("href=\"/officer/cases/" + handled.get(0) + "\"")
			.contains("cell.csv?");
		String lastPage = mvc.perform(cell("/officer/reports/cell").param("page", "2"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(lastPage).contains("第 201–250 条")
			.contains("rel=\"prev\"")
			.doesNotContain("rel=\"next\"")
			// the ledger's requests have no case page: named, not linked
			.contains("<span>" + agency.code() + "-L-00（台账导入）</span>");
	}

	@Test
	void allTheRecordsDownloadAsACsvFileExcelOpens() throws Exception {
		byte[] bytes = mvc.perform(cell("/officer/reports/cell.csv"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.valueOf("text/csv")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
		List<String> lines = new String(bytes, StandardCharsets.UTF_8).substring(1).lines().toList();
		assertThat(lines).hasSize(251);
		assertThat(lines.get(0)).isEqualTo("申请编号,机关,申请人类型,渠道,收到日期,办结日期,办理结果,页面");
		assertThat(lines).filteredOn(l -> l.endsWith("/officer/cases/" + handled.get(0))).hasSize(1);
		assertThat(lines.get(1)).contains(",自然人,互联网（在线申请）,2021-03-01,2021-03-10,予以公开,http://localhost/officer/cases/");
		assertThat(lines.get(250))
			.isEqualTo(agency.code() + "-L-19（台账导入）," + agency.code() + ",自然人,当面提交,2021-04-01,2021-04-09,予以公开,");
	}

	private JsonNode api(int page) throws Exception {
		return json
			.readTree(mvc
				.perform(get("/api/reports/annual/2021/cells/三/DISCLOSED/0").param("agency", agency.code())
					.param("page", Integer.toString(page))
					.with(user(statistician)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
	}

	private MockHttpServletRequestBuilder cell(String path) {
		return get(path).param("agency", agency.code())
			.param("year", "2021")
			.param("format", "2021")
			.param("scope", "agency")
			.param("section", "三")
			.param("row", "DISCLOSED")
			.param("column", "0")
			.with(user(statistician));
	}

}
