package org.gongkai.disclosure.reporting;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.gongkai.disclosure.Fixtures;
import org.gongkai.disclosure.GongkaiIntegrationTest;
import org.gongkai.disclosure.TestClock;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.accounts.Role;
import org.gongkai.disclosure.agencies.Agencies;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.applicants.ApplicantCategory;
import org.gongkai.disclosure.casework.Channel;
import org.gongkai.disclosure.decisions.Outcome;
import org.gongkai.disclosure.proactive.ProactiveItem;
import org.gongkai.disclosure.proactive.ProactiveRegistry;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The whole report over a department and its government: section 二 from the registry, 三
 * in both national formats, the local formats' channel and reply rows, the fee figures,
 * narratives, drill-down, the government summary, and publishing with restatement.
 */
@GongkaiIntegrationTest
class AnnualReportCompleteIT {

	static final List<ProactiveItem> ITEMS_2021 = List.of(ProactiveItem.REGULATIONS_ISSUED,
			ProactiveItem.REGULATIONS_REPEALED, ProactiveItem.REGULATIONS_IN_FORCE, ProactiveItem.NORMATIVE_ISSUED,
			ProactiveItem.NORMATIVE_REPEALED, ProactiveItem.NORMATIVE_IN_FORCE, ProactiveItem.LICENSING_DECISIONS,
			ProactiveItem.PENALTY_DECISIONS, ProactiveItem.COERCION_DECISIONS, ProactiveItem.FEES_AMOUNT);

	@Autowired
	Fixtures fixtures;

	@Autowired
	Agencies agencies;

	@Autowired
	ReportCompiler reports;

	@Autowired
	ReportDrillDown drillDown;

	@Autowired
	ReportPublishing publishing;

	@Autowired
	TestClock clock;

	@Autowired
	ProactiveRegistry registry;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	Agency government;

	Agency department;

	GongkaiUser statistician;

	GongkaiUser head;

	GongkaiUser officer;

	GongkaiUser governmentStatistician;

	CaseRecords records;

	CaseRecords governmentRecords;

	UUID carriedOver, lapsed, feeUnpaid, partly, open, other, third;

	@BeforeEach
	void records() {
		government = fixtures.agency();
		Agency d = fixtures.agency();
		department = agencies
			.save(new Agency(d.id(), d.code(), d.name(), government.id(), d.officeName(), d.address(), d.phone()));
		statistician = fixtures.officer(department, Role.STATISTICIAN);
		head = fixtures.officer(department, Role.HEAD_OF_OFFICE);
		officer = fixtures.officer(department, Role.CASE_OFFICER);
		governmentStatistician = fixtures.officer(government, Role.STATISTICIAN);
		UUID applicant = fixtures.applicant(ApplicantCategory.NATURAL_PERSON).applicantId();
		records = new CaseRecords(jdbc, department, applicant);
		governmentRecords = new CaseRecords(jdbc, government, applicant);

		var N = ApplicantCategory.NATURAL_PERSON;
		carriedOver = records.add(N, Channel.ONLINE, "2024-12-20", Outcome.DISCLOSED, "2025-01-10");
		lapsed = records.add(ApplicantCategory.COMMERCIAL_ENTERPRISE, Channel.IN_PERSON, "2025-03-01",
				Outcome.OTHER_CORRECTION_LAPSED, "2025-04-01");
		feeUnpaid = records.add(N, Channel.FAX, "2025-05-01", Outcome.OTHER_FEE_UNPAID, "2025-06-20");
		records.fee(feeUnpaid, 50, "2025-05-10", null);
		partly = records.add(N, Channel.REGISTERED_MAIL, "2025-06-01", Outcome.PARTLY_DISCLOSED, "2025-07-01");
		records.fee(partly, 100, "2025-06-05", "2025-06-10");
		records.extension(partly, head.id(), "2025-06-20");
		open = records.add(ApplicantCategory.RESEARCH_INSTITUTION, Channel.EMAIL, "2025-12-30", null, null);
		other = records.add(N, Channel.ORAL, "2025-07-01", Outcome.OTHER_OTHER, "2025-07-05");
		third = governmentRecords.add(N, Channel.ONLINE, "2025-02-01", Outcome.WITHHELD_THIRD_PARTY_RIGHTS,
				"2025-02-20");
	}

	AnnualReport report(GongkaiUser who, Agency agency, int year, String format, String scope) {
		return fixtures.as(who, () -> reports.compile(who, agency.code(), year, format, scope));
	}

	/** The agency's own texts for 一 and 五, replacing the drafts' placeholders. */
	void writeTexts(GongkaiUser who, Agency agency, int year) {
		fixtures.as(who, () -> publishing.saveNarrative(who, agency.code(), year, "一", "本年度政府信息公开工作总体情况如下。"));
		fixtures.as(who, () -> publishing.saveNarrative(who, agency.code(), year, "五", "本年度存在的主要问题是答复说理不够充分。"));
	}

	static ReportTable table(AnnualReport report, String section, String title) {
		return report.sections()
			.stream()
			.filter(t -> t.section().equals(section) && (title == null || t.title().equals(title)))
			.findFirst()
			.orElseThrow();
	}

	static CheckResult check(ReportTable table, String rule) {
		return table.checks().stream().filter(c -> c.rule().equals(rule)).findFirst().orElseThrow();
	}

	void enterZeros(GongkaiUser who, Agency agency, int year, List<ProactiveItem> items) {
		List<ProactiveRegistry.NewFigure> figures = new ArrayList<>();
		items.forEach(i -> figures.add(new ProactiveRegistry.NewFigure(i, BigDecimal.ZERO, "测试台账", null)));
		fixtures.as(who, () -> registry.enter(who, agency.code(), year, figures));
	}

	@Test
	void sectionThreeIn2021And2019FormatsFromTheSameRecords() {
		ReportTable y2021 = table(report(officer, department, 2025, "2021", null), "三", null);
		assertThat(y2021.row("NEW").values()).containsExactly(3L, 1L, 1L, 0L, 0L, 0L, 5L);
		assertThat(y2021.row("CARRIED_OVER").values()).containsExactly(1L, 0L, 0L, 0L, 0L, 0L, 1L);
		assertThat(y2021.row("OTHER_CORRECTION_LAPSED").values()).containsExactly(0L, 1L, 0L, 0L, 0L, 0L, 1L);
		assertThat(y2021.row("OTHER_FEE_UNPAID").values()).containsExactly(1L, 0L, 0L, 0L, 0L, 0L, 1L);
		assertThat(y2021.row("OTHER_OTHER").values()).containsExactly(1L, 0L, 0L, 0L, 0L, 0L, 1L);
		assertThat(y2021.row("TOTAL").values()).containsExactly(4L, 1L, 0L, 0L, 0L, 0L, 5L);
		assertThat(y2021.row("CARRIED_FORWARD").values()).containsExactly(0L, 0L, 1L, 0L, 0L, 0L, 1L);
		assertThat(y2021.rows()).hasSize(25);
		assertThat(y2021.checks()).isNotEmpty().allMatch(CheckResult::passed);

		ReportTable y2019 = table(report(officer, department, 2025, "2019", null), "三", null);
		assertThat(y2019.rows()).hasSize(23);
		assertThat(y2019.row("OTHER").label()).isEqualTo("（六）其他处理");
		assertThat(y2019.row("OTHER").values()).containsExactly(2L, 1L, 0L, 0L, 0L, 0L, 3L);
		assertThat(y2019.rows()).noneMatch(r -> r.key().startsWith("OTHER_"));
		assertThat(y2019.row("TOTAL").values()).isEqualTo(y2021.row("TOTAL").values());
		assertThat(y2019.checks()).isNotEmpty().allMatch(CheckResult::passed);
	}

	@Test
	void sectionTwoIsBlankUntilEnteredThenRenderedInBothFormats() throws Exception {
		AnnualReport before = report(officer, department, 2025, "2021", null);
		ReportTable item1 = table(before, "二", "第二十条第（一）项");
		assertThat(item1.columns()).containsExactly("本年制发件数", "本年废止件数", "现行有效件数");
		assertThat(item1.row("20-1-NORMATIVE").label()).isEqualTo("行政规范性文件");
		assertThat(item1.row("20-1-REGULATIONS").values()).containsExactly(null, null, null);
		assertThat(check(item1, ReportChecks.NO_BLANKS).passed()).isFalse();
		assertThat(check(item1, ReportChecks.NO_BLANKS).detail()).contains("规章 本年制发件数", "本年未发生的请录入0");
		assertThat(before.consistent()).isFalse();

		mvc.perform(post("/api/proactive/2025").param("agency", department.code())
			.with(user(statistician))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"figures":[
					  {"item":"NORMATIVE_ISSUED","value":7,"source":"规范性文件备案系统","note":"含2件联合发文"},
					  {"item":"FEES_AMOUNT","value":12.3456,"source":"非税收入系统"},
					  {"item":"LICENSING_ITEMS_CHANGE","value":-3,"source":"权责清单"}]}"""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.length()").value(3));
		// a correction is a new entry; the latest counts
		mvc.perform(post("/api/proactive/2025").param("agency", department.code())
			.with(user(statistician))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"figures\":[{\"item\":\"NORMATIVE_ISSUED\",\"value\":8,\"source\":\"规范性文件备案系统\"}]}"))
			.andExpect(status().isCreated());

		AnnualReport after = report(officer, department, 2025, "2021", null);
		assertThat(table(after, "二", "第二十条第（一）项").row("20-1-NORMATIVE").values()).containsExactly(8L, null, null);
		ReportRow fees = table(after, "二", "第二十条第（八）项").row("20-8-FEES");
		assertThat(fees.display()).containsExactly("12.3456");
		AnnualReport in2019 = report(officer, department, 2025, "2019", null);
		ReportTable item1of2019 = table(in2019, "二", "第二十条第（一）项");
		assertThat(item1of2019.columns()).containsExactly("本年新制作数量", "本年新公开数量", "对外公开总数量");
		assertThat(item1of2019.row("20-1-NORMATIVE").label()).isEqualTo("规范性文件");
		assertThat(item1of2019.row("20-1-NORMATIVE").values()).containsExactly(8L, null, null);
		assertThat(table(in2019, "二", "第二十条第（五）项").row("20-5-LICENSING").values()).containsExactly(null, -3L, null);
		assertThat(table(in2019, "二", "第二十条第（九）项").row("20-9-PROCUREMENT").label()).isEqualTo("政府集中采购");

		// the drill-down of a registry figure lists its entries, newest first
		mvc.perform(get("/api/reports/annual/2025/cells/二/20-1-NORMATIVE/0").param("agency", department.code())
			.with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.value").value("8"))
			.andExpect(jsonPath("$.records.length()").value(2))
			.andExpect(jsonPath("$.records[0].value").value(8))
			.andExpect(jsonPath("$.records[1].note").value("含2件联合发文"));
		assertThat(jdbc.sql("select count(*) from audit_event where action = 'PROACTIVE_ENTRY' and object_id like ?")
			.param(department.code() + "/2025/%")
			.query(Long.class)
			.single()).isEqualTo(4);
	}

	@Test
	void registryRefusesBadInputWholeAndTheWrongRoles() throws Exception {
		String bad = """
				{"figures":[{"item":"NORMATIVE_ISSUED","value":7,"source":"备案系统"},
				            {"item":"PENALTY_DECISIONS","value":-1,"source":"执法系统"}]}""";
		mvc.perform(post("/api/proactive/2025").param("agency", department.code())
			.with(user(statistician))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(bad))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("行政处罚：本年处理决定数量：不能为负数"));
		for (String body : List.of("{\"figures\":[{\"item\":\"NORMATIVE_ISSUED\",\"value\":1.5,\"source\":\"x\"}]}",
				"{\"figures\":[{\"item\":\"FEES_AMOUNT\",\"value\":1.23456,\"source\":\"x\"}]}",
				"{\"figures\":[{\"item\":\"NORMATIVE_ISSUED\",\"value\":1}]}",
				"{\"figures\":[{\"item\":\"NORMATIVE_ISSUED\",\"source\":\"x\"}]}",
				"{\"figures\":[{\"item\":\"NO_SUCH_ITEM\",\"value\":1,\"source\":\"x\"}]}", "{\"figures\":[]}")) {
			mvc.perform(post("/api/proactive/2025").param("agency", department.code())
				.with(user(statistician))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(body)).andExpect(status().isBadRequest());
		}
		assertThat(registry.entries(department.id(), 2025)).isEmpty();
		String good = "{\"figures\":[{\"item\":\"NORMATIVE_ISSUED\",\"value\":1,\"source\":\"x\"}]}";
		for (GongkaiUser notAllowed : List.of(officer, governmentStatistician,
				fixtures.officer(department, Role.LEGAL_REVIEWER))) {
			mvc.perform(post("/api/proactive/2025").param("agency", department.code())
				.with(user(notAllowed))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(good)).andExpect(status().isForbidden());
		}
		mvc.perform(post("/api/proactive/2025").param("agency", department.code())
			.with(user(head))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(good)).andExpect(status().isCreated());
		mvc.perform(get("/api/proactive/2025").param("agency", department.code()).with(user(governmentStatistician)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1));
		mvc.perform(get("/api/proactive/2025").param("agency", department.code())
			.with(user(fixtures.officer(fixtures.agency(), Role.STATISTICIAN)))).andExpect(status().isForbidden());
		assertThatThrownBy(() -> jdbc.sql("update proactive_entry set value = 99 where agency_id = ?")
			.param(department.id().value())
			.update()).hasMessageContaining("append-only");
	}

	@Test
	void everyCaseNumberDrillsDownToTheCasesItCounts() throws Exception {
		AnnualReport report = report(officer, department, 2025, "2021", null);
		ReportTable three = table(report, "三", null);
		for (ReportRow row : three.rows()) {
			for (int c = 0; c < row.values().size(); c++) {
				int column = c;
				ReportDrillDown.CellDrillDown cell = fixtures.as(officer,
						() -> drillDown.cell(officer, department.code(), 2025, "2021", null, "三", row.key(), column));
				assertThat((long) cell.records().size()).as(row.label() + " col " + c).isEqualTo(row.value(c));
			}
		}
		mvc.perform(get("/api/reports/annual/2025/cells/三/OTHER_FEE_UNPAID/6").param("agency", department.code())
			.with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.value").value("1"))
			.andExpect(jsonPath("$.records[0].reference").value(records.reference(feeUnpaid)));
		mvc.perform(
				get("/api/reports/annual/2025/cells/六/FEES/2").param("agency", department.code()).with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.value").value("100"))
			.andExpect(jsonPath("$.records.length()").value(1))
			.andExpect(jsonPath("$.records[0].reference").value(records.reference(partly)));
		mvc.perform(get("/api/reports/annual/2025/cells/三/NO_SUCH_ROW/0").param("agency", department.code())
			.with(user(officer))).andExpect(status().isBadRequest());
		mvc.perform(
				get("/api/reports/annual/2025/cells/三/NEW/7").param("agency", department.code()).with(user(officer)))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/api/reports/annual/2025/cells/三/NEW/0").param("agency", department.code())
			.with(user(fixtures.officer(fixtures.agency(), Role.HEAD_OF_OFFICE)))).andExpect(status().isForbidden());
	}

	@Test
	void feeFiguresAndNarrativeDraftsComeFromTheRecordsUntilEdited() throws Exception {
		AnnualReport report = report(officer, department, 2025, "2021", null);
		assertThat(table(report, "六", null).row("FEES").values()).containsExactly(2L, 1L, 100L);
		ReportText one = report.texts().get(0);
		assertThat(one.draft()).isTrue();
		assertThat(one.title()).isEqualTo("一、总体情况");
		assertThat(one.body()).contains("本年新收政府信息公开申请5件，上年结转1件；本年办结5件", "予以公开1件、部分公开1件", "其他处理3件", "结转下年度继续办理1件");
		assertThat(report.texts().get(2).body()).contains("发出收费通知2件", "共计100元");

		mvc.perform(put("/api/reports/annual/2025/texts/五").param("agency", department.code())
			.with(user(statistician))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"body\":\"本年度存在的主要问题是答复说理不够充分。\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.draft").value(false));
		mvc.perform(put("/api/reports/annual/2025/texts/五").param("agency", department.code())
			.with(user(officer))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"body\":\"x\"}")).andExpect(status().isForbidden());
		mvc.perform(put("/api/reports/annual/2025/texts/二").param("agency", department.code())
			.with(user(statistician))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"body\":\"x\"}")).andExpect(status().isBadRequest());
		mvc.perform(put("/api/reports/annual/2025/texts/一").param("agency", department.code())
			.with(user(statistician))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"body\":\"  \"}")).andExpect(status().isBadRequest());
		AnnualReport edited = report(officer, department, 2025, "2021", null);
		assertThat(edited.texts().get(1))
			.isEqualTo(new ReportText("五", "五、存在的主要问题及改进情况", "本年度存在的主要问题是答复说理不够充分。", false));
		assertThat(edited.texts().get(0).draft()).isTrue();
	}

	@Test
	void theGovernmentSummaryAddsItsSubordinatesWithThePerAgencyBreakdown() throws Exception {
		ReportTable alone = table(report(governmentStatistician, government, 2025, "2021", "agency"), "三", null);
		assertThat(alone.row("NEW").value(6)).isEqualTo(1);
		ReportTable summary = table(report(governmentStatistician, government, 2025, "2021", "summary"), "三", null);
		assertThat(summary.row("NEW").values()).containsExactly(4L, 1L, 1L, 0L, 0L, 0L, 6L);
		assertThat(summary.row("WITHHELD_THIRD_PARTY_RIGHTS").value(6)).isEqualTo(1);
		assertThat(summary.checks()).isNotEmpty().allMatch(CheckResult::passed);
		mvc.perform(get("/api/reports/annual/2025/cells/三/NEW/6").param("agency", government.code())
			.param("scope", "summary")
			.with(user(governmentStatistician)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.value").value("6"))
			.andExpect(jsonPath("$.byAgency.length()").value(2))
			.andExpect(jsonPath("$.byAgency[0].code").value(government.code()))
			.andExpect(jsonPath("$.byAgency[0].value").value("1"))
			.andExpect(jsonPath("$.byAgency[1].code").value(department.code()))
			.andExpect(jsonPath("$.byAgency[1].value").value("5"))
			.andExpect(jsonPath("$.records.length()").value(6));
		// only the compilers read a summary; a department cannot read its government's
		mvc.perform(get("/api/reports/annual/2025").param("agency", government.code())
			.param("scope", "summary")
			.with(user(fixtures.officer(government, Role.CASE_OFFICER)))).andExpect(status().isForbidden());
		mvc.perform(get("/api/reports/annual/2025").param("agency", government.code())
			.param("scope", "summary")
			.with(user(statistician))).andExpect(status().isForbidden());
		mvc.perform(get("/api/reports/annual/2025").param("agency", government.code())
			.param("scope", "everything")
			.with(user(governmentStatistician))).andExpect(status().isBadRequest());
		mvc.perform(get("/api/reports/annual/2025").param("agency", government.code())
			.param("format", "2018")
			.with(user(governmentStatistician))).andExpect(status().isBadRequest());

		// a registry figure of a summary stays blank until every agency in it has entered
		// it
		fixtures.as(statistician, () -> registry.enter(statistician, department.code(), 2025, List
			.of(new ProactiveRegistry.NewFigure(ProactiveItem.NORMATIVE_ISSUED, new BigDecimal("3"), "备案系统", null))));
		ReportTable partial = table(report(governmentStatistician, government, 2025, "2021", "summary"), "二",
				"第二十条第（一）项");
		assertThat(partial.row("20-1-NORMATIVE").raw(0)).isNull();
		assertThat(check(partial, ReportChecks.NO_BLANKS).detail()).contains("未录入的机关：" + government.name());
		fixtures.as(governmentStatistician, () -> registry.enter(governmentStatistician, government.code(), 2025, List
			.of(new ProactiveRegistry.NewFigure(ProactiveItem.NORMATIVE_ISSUED, new BigDecimal("2"), "发文系统", null))));
		ReportTable complete = table(report(governmentStatistician, government, 2025, "2021", "summary"), "二",
				"第二十条第（一）项");
		assertThat(complete.row("20-1-NORMATIVE").raw(0)).isEqualTo(5L);

		// the government's head publishes the summary: its own version line, apart from
		// the government's own report
		enterZeros(statistician, department, 2025, ITEMS_2021);
		enterZeros(governmentStatistician, government, 2025, ITEMS_2021);
		writeTexts(governmentStatistician, government, 2025);
		GongkaiUser governmentHead = fixtures.officer(government, Role.HEAD_OF_OFFICE);
		mvc.perform(post("/api/reports/annual/2025/publish").param("agency", government.code())
			.param("scope", "summary")
			.with(user(head))
			.with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post("/api/reports/annual/2025/publish").param("agency", government.code())
			.param("scope", "summary")
			.with(user(governmentHead))
			.with(csrf())).andExpect(status().isCreated()).andExpect(jsonPath("$.version").value(1));
		assertThat(report(governmentStatistician, government, 2025, "2021", "summary").publication().version())
			.isEqualTo(1);
		assertThat(report(governmentStatistician, government, 2025, "2021", "agency").publication().version()).isNull();
	}

	@Test
	void theLocalFormatsTakeTheirChannelRowsFromTheIntakeChannel() {
		ReportTable jilin = table(report(officer, department, 2025, "jilin-2011", null), "三", null);
		assertThat(jilin.columns()).containsExactly("累计数", "25年发生数");
		assertThat(jilin.row("J20").values()).containsExactly(6L, 5L);
		assertThat(jilin.row("J20_1").label()).isEqualTo("其中:⑴网上申请数");
		assertThat(jilin.row("J20_1").values()).containsExactly(2L, 1L); // online 2024 +
																			// e-mail 2025
		assertThat(jilin.row("J20_2").values()).containsExactly(2L, 2L); // in person +
																			// oral
		assertThat(jilin.row("J20_3").values()).containsExactly(1L, 1L); // registered
																			// mail
		assertThat(jilin.row("J20_4").values()).containsExactly(1L, 1L); // fax
		assertThat(jilin.row("J21").values()).containsExactly(5L, 5L);
		assertThat(jilin.row("J21_3").values()).containsExactly(3L, 3L);
		assertThat(jilin.row("J21_3_2").values()).containsExactly(1L, 1L); // 逾期不补正 →
																			// 申请内容不明
		assertThat(jilin.checks()).isNotEmpty().allMatch(CheckResult::passed);

		AnnualReport cangnan = report(officer, department, 2025, "cangnan-2012", null);
		ReportTable requests = table(cangnan, "三", null);
		assertThat(requests.title()).isEqualTo("2025年政府信息公开情况统计表");
		assertThat(requests.row("C2").values()).containsExactly(5L);
		assertThat(requests.row("C2_1_1").values()).containsExactly(2L);
		assertThat(requests.row("C2_1_3").values()).containsExactly(1L);
		assertThat(requests.row("C2_2_2").values()).containsExactly(1L); // the extended
																			// case
		assertThat(requests.row("C2_2_1").values()).containsExactly(4L);
		assertThat(requests.row("C2_3_3_2").values()).containsExactly((Long) null);
		assertThat(check(requests, ReportChecks.NO_BLANKS).passed()).isFalse();
		assertThat(check(requests, ReportChecks.NO_BLANKS).detail()).contains("无法拆分填报");
		assertThat(requests.checks().stream().filter(c -> !c.rule().equals(ReportChecks.NO_BLANKS))).isNotEmpty()
			.allMatch(CheckResult::passed);
		assertThat(table(cangnan, "六", null).row("C7_1").display()).containsExactly("0.0100");
	}

	@Test
	void aDepartmentsReportIsDueBy31JanuaryAGovernmentsBy31MarchAndAnAdministratorCanSetAnother() throws Exception {
		String url = "/api/reports/annual/2025/deadline";
		try {
			clock.setDate(LocalDate.of(2026, 1, 10));
			mvc.perform(get(url).param("agency", department.code()).with(user(officer)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.dueOn").value("2026-01-31"))
				.andExpect(jsonPath("$.state").value("DUE_SOON"))
				.andExpect(jsonPath("$.reminder").value(Matchers.containsString("还有21天")));
			mvc.perform(get(url).param("agency", government.code())
				.param("scope", "summary")
				.with(user(governmentStatistician)))
				.andExpect(jsonPath("$.dueOn").value("2026-03-31"))
				.andExpect(jsonPath("$.state").value("OPEN"));
			// the government's office sees the reminders of the agencies below it
			mvc.perform(get("/api/reports/deadlines").param("year", "2025").with(user(governmentStatistician)))
				.andExpect(status().isOk())
				.andExpect(
						jsonPath("$[?(@.agencyCode == '" + department.code() + "')].deadline.state").value("DUE_SOON"))
				.andExpect(jsonPath("$[?(@.agencyCode == '" + government.code() + "' && @.deadline.scope == 'summary')]"
						+ ".deadline.dueOn")
					.value("2026-03-31"));

			GongkaiUser administrator = fixtures.officer(department, Role.ADMINISTRATOR);
			mvc.perform(put("/api/admin/report-deadlines/" + department.code()).with(user(statistician))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"due\":\"01-05\",\"basis\":\"省政府办公厅通知\"}")).andExpect(status().isForbidden());
			mvc.perform(put("/api/admin/report-deadlines/" + department.code()).with(user(administrator))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"due\":\"1月5日\",\"basis\":\"省政府办公厅通知\"}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.detail").value(Matchers.containsString("MM-DD")));
			mvc.perform(put("/api/admin/report-deadlines/" + department.code()).with(user(administrator))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"due\":\"01-05\",\"basis\":\"省政府办公厅通知\"}")).andExpect(status().isOk());
			mvc.perform(get(url).param("agency", department.code()).with(user(officer)))
				.andExpect(jsonPath("$.dueOn").value("2026-01-05"))
				.andExpect(jsonPath("$.basis").value("省政府办公厅通知"))
				.andExpect(jsonPath("$.state").value("OVERDUE"))
				.andExpect(jsonPath("$.reminder").value(Matchers.containsString("已逾期5天")));
			String page = mvc
				.perform(get("/officer/reports").param("agency", department.code())
					.param("year", "2025")
					.with(user(statistician)))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(page).contains("发布期限：", "2026-01-05", "已逾期", "已逾期5天");
		}
		finally {
			clock.reset();
		}
	}

	@Test
	void theReportJsonCarriesTheFormatsHeadingsLabelHeaderAndColumnGroups() throws Exception {
		mvc.perform(get("/api/reports/annual/2025").param("agency", department.code()).with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.sections[0].section").value("二"))
			.andExpect(jsonPath("$.sections[0].title").value("第二十条第（一）项"))
			.andExpect(jsonPath("$.sections[0].heading").value("二、主动公开政府信息情况"))
			.andExpect(jsonPath("$.sections[0].labelHeader").value("信息内容"))
			.andExpect(jsonPath("$.sections[?(@.section == '三')].columnGroups[0]").value("申请人情况 / 自然人"))
			.andExpect(jsonPath("$.sections[?(@.section == '三')].columnGroups[1]").value("申请人情况 / 法人或其他组织 / 商业企业"))
			.andExpect(jsonPath("$.sections[?(@.section == '三')].columnGroups[6]").value("申请人情况 / 总计"))
			.andExpect(jsonPath("$.sections[?(@.section == '三')].heading").value(SectionThree.TITLE))
			.andExpect(jsonPath("$.sections[?(@.section == '六')].heading").value("六、其他需要报告的事项"));
	}

	@Test
	void publishingIsRefusedWhileATextStillHoldsTheDraftsPlaceholders() throws Exception {
		String url = "/api/reports/annual/2025/publish";
		enterZeros(statistician, department, 2025, ITEMS_2021);
		mvc.perform(post(url).param("agency", department.code()).with(user(head)).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(Matchers.allOf(Matchers.startsWith("正文尚未完成，不能发布"),
					Matchers.containsString("「一、总体情况」仍有草稿占位文字（……、（请填写）"),
					Matchers.containsString("「五、存在的主要问题及改进情况」仍有草稿占位文字"))));
		fixtures.as(statistician,
				() -> publishing.saveNarrative(statistician, department.code(), 2025, "一", "总体情况如下。"));
		mvc.perform(post(url).param("agency", department.code()).with(user(head)).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(Matchers.allOf(Matchers.not(Matchers.containsString("一、总体情况")),
					Matchers.containsString("「五、存在的主要问题及改进情况」仍有草稿占位文字（……、（草稿）"))));
		fixtures.as(statistician,
				() -> publishing.saveNarrative(statistician, department.code(), 2025, "五", "改进措施：……待定。"));
		mvc.perform(post(url).param("agency", department.code()).with(user(head)).with(csrf()))
			.andExpect(status().isConflict());
		// the page does not offer what would be refused, and says why (issue 16)
		assertThat(reportPage(head)).doesNotContain("action=\"/officer/reports/publish\"")
			.contains("现在还不能发布：")
			.contains("正文尚未完成，不能发布");
		writeTexts(statistician, department, 2025);
		assertThat(reportPage(head)).contains("action=\"/officer/reports/publish\"").doesNotContain("现在还不能发布");
		assertThat(reportPage(statistician)).doesNotContain("action=\"/officer/reports/publish\"")
			.contains("由本机关公开工作机构负责人发布");
		// 六 is drafted from the fee records alone, with no placeholder: it may be
		// published as drafted
		mvc.perform(post(url).param("agency", department.code()).with(user(head)).with(csrf()))
			.andExpect(status().isCreated());
		// published, and nothing changed since: no 更正 is offered
		assertThat(reportPage(head)).doesNotContain("action=\"/officer/reports/publish\"")
			.contains("现在还不能更正发布：")
			.contains("相比没有变化，无需更正");
	}

	private String reportPage(GongkaiUser reader) throws Exception {
		return mvc
			.perform(get("/officer/reports").param("agency", department.code())
				.param("year", "2025")
				.param("format", "2021")
				.param("scope", "agency")
				.with(user(reader)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void theReportPageLinksEveryExportAndThePublishedReportIsPublicAsHtmlAndPdf() throws Exception {
		String page = mvc
			.perform(get("/officer/reports").param("agency", department.code())
				.param("year", "2025")
				.param("format", "2021")
				.param("scope", "agency")
				.with(user(statistician)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		for (String type : List.of("docx", "xlsx", "pdf", "html")) {
			String link = "/api/reports/annual/2025/export?agency=" + department.code()
					+ "&amp;format=2021&amp;scope=agency&amp;type=" + type;
			assertThat(page).contains(link + "\"", link + "&amp;charts=true\"");
			mvc.perform(get(link.replace("&amp;", "&")).with(user(statistician))).andExpect(status().isOk());
		}

		mvc.perform(get("/reports")).andExpect(status().isOk());
		enterZeros(statistician, department, 2025, ITEMS_2021);
		writeTexts(statistician, department, 2025);
		mvc.perform(post("/api/reports/annual/2025/publish").param("agency", department.code())
			.with(user(head))
			.with(csrf())).andExpect(status().isCreated());

		// no sign-in: 条例 arts 49–50
		String list = mvc.perform(get("/reports"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String html = "/reports/" + department.code() + "/2025/html?scope=agency";
		String pdf = "/reports/" + department.code() + "/2025/pdf?scope=agency";
		assertThat(list).contains(department.name(), "2025年", "第1版", html, pdf);
		String published = mvc.perform(get(html))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(published).contains(department.name() + "2025年政府信息公开工作年度报告");
		byte[] document = mvc.perform(get(pdf))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(document, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		mvc.perform(get("/reports/" + department.code() + "/2024/pdf")).andExpect(status().isNotFound());
	}

	@Test
	void publishingFreezesAVersionAndLaterChangesShowARestatement() throws Exception {
		String url = "/api/reports/annual/2025/publish";
		mvc.perform(post(url).param("agency", department.code()).with(user(head)).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(Matchers.containsString("空白不等于零")));
		enterZeros(statistician, department, 2025, ITEMS_2021);
		writeTexts(statistician, department, 2025);
		mvc.perform(post(url).param("agency", department.code()).with(user(statistician)).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post(url).param("agency", department.code()).with(user(head)).with(csrf()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.correction").value(false));
		AnnualReport published = report(officer, department, 2025, "2021", null);
		assertThat(published.publication().version()).isEqualTo(1);
		assertThat(published.publication().restatementNeeded()).isFalse();
		mvc.perform(post(url).param("agency", department.code())
			.with(user(head))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"重复发布\"}")).andExpect(status().isConflict());

		// cases keep living: a late-registered case of 2025 changes the figures
		records.add(ApplicantCategory.LEGAL_SERVICE_INSTITUTION, Channel.ONLINE, "2025-11-03",
				Outcome.UNAVAILABLE_NOT_HELD, "2025-11-20");
		AnnualReport changed = report(officer, department, 2025, "2021", null);
		assertThat(changed.publication().restatementNeeded()).isTrue();
		mvc.perform(get("/api/reports/annual/2025/diff").param("agency", department.code()).with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.publishedVersion").value(1))
			.andExpect(jsonPath("$.restatementNeeded").value(true))
			.andExpect(jsonPath("$.differences[?(@.rowKey == 'NEW' && @.column == '法律服务机构')].published").value("0"))
			.andExpect(jsonPath("$.differences[?(@.rowKey == 'NEW' && @.column == '法律服务机构')].current").value("1"))
			.andExpect(jsonPath("$.differences[?(@.rowKey == 'UNAVAILABLE_NOT_HELD' && @.column == '总计')].current")
				.value("1"));
		mvc.perform(post(url).param("agency", department.code()).with(user(head)).with(csrf()))
			.andExpect(status().isBadRequest());
		mvc.perform(post(url).param("agency", department.code())
			.with(user(head))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"补录2025年11月漏登的申请\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.version").value(2))
			.andExpect(jsonPath("$.correction").value(true));
		mvc.perform(get("/api/reports/annual/2025/versions").param("agency", department.code()).with(user(officer)))
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[0].reason").value("补录2025年11月漏登的申请"));
		mvc.perform(get("/api/reports/annual/2025/versions/1").param("agency", department.code()).with(user(officer)))
			.andExpect(jsonPath("$.sections[4].rows[0].values[6]").value(5));
		assertThat(report(officer, department, 2025, "2021", null).publication().restatementNeeded()).isFalse();
		assertThatThrownBy(() -> jdbc.sql("delete from annual_report_snapshot where agency_id = ?")
			.param(department.id().value())
			.update()).hasMessageContaining("append-only");
	}

	@Test
	void theReportPagesShowEveryNumberAsALinkAndTakeEditsAndPublishing() throws Exception {
		String page = mvc
			.perform(get("/officer/reports").param("agency", department.code())
				.param("year", "2025")
				.with(user(statistician)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("三、收到和处理政府信息公开申请情况", "第二十条第（一）项", "（空白）", "一、总体情况", "（根据数据生成的草稿，尚未编辑）", "空白不等于零",
				"/officer/reports/cell?agency=" + department.code());
		assertThat(page).contains("section=%E4%B8%89&amp;row=NEW&amp;column=6");
		mvc.perform(get("/officer/reports/cell").param("agency", department.code())
			.param("year", "2025")
			.param("format", "2021")
			.param("scope", "agency")
			.param("section", "三")
			.param("row", "OTHER_FEE_UNPAID")
			.param("column", "6")
			.with(user(statistician)))
			.andExpect(status().isOk())
			.andExpect(MockMvcResultMatchers.content()
				.string(Matchers.allOf(Matchers.containsString(records.reference(feeUnpaid)),
						Matchers.containsString("<span>传真</span>"), Matchers.containsString("申请人逾期未按收费通知要求缴纳费用"))));
		// the registry is entered on its grid (RegistryGridIT)
		mvc.perform(post("/officer/reports/registry").param("agency", department.code())
			.param("year", "2025")
			.param("format", "2021")
			.param("value.PENALTY_DECISIONS", "12")
			.param("source.20-6-PENALTY", "行政执法平台")
			.with(user(statistician))
			.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(MockMvcResultMatchers.flash().attribute("message", Matchers.startsWith("已保存1项")));
		mvc.perform(post("/officer/reports/registry").param("agency", department.code())
			.param("year", "2025")
			.param("format", "2021")
			.param("value.PENALTY_DECISIONS", "abc")
			.param("source.20-6-PENALTY", "x")
			.with(user(statistician))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(MockMvcResultMatchers.content().string(Matchers.containsString("“abc”不是数字")));
		mvc.perform(post("/officer/reports/texts").param("agency", department.code())
			.param("year", "2025")
			.param("format", "2021")
			.param("scope", "agency")
			.param("section", "六")
			.param("body", "本年未收取信息处理费以外的费用。")
			.with(user(statistician))
			.with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(post("/officer/reports/publish").param("agency", department.code())
			.param("year", "2025")
			.param("format", "2021")
			.param("scope", "agency")
			.with(user(head))
			.with(csrf()))
			.andExpect(MockMvcResultMatchers.flash().attribute("error", Matchers.startsWith("校验未通过，不能发布")));
		assertThat(registry.entries(department.id(), 2025)).hasSize(1);
		assertThat(report(officer, department, 2025, "2021", null).texts().get(2).body()).isEqualTo("本年未收取信息处理费以外的费用。");
		mvc.perform(get("/officer/reports/diff").param("agency", department.code())
			.param("year", "2025")
			.with(user(officer))).andExpect(status().isOk());
		mvc.perform(get("/officer/reports").with(user(fixtures.applicant(ApplicantCategory.NATURAL_PERSON))))
			.andExpect(status().isForbidden());
	}

	@Test
	void lastYearsCarryForwardIsComparedWithItsPublishedVersion() throws Exception {
		enterZeros(statistician, department, 2024, ITEMS_2021);
		writeTexts(statistician, department, 2024);
		mvc.perform(post("/api/reports/annual/2024/publish").param("agency", department.code())
			.with(user(head))
			.with(csrf())).andExpect(status().isCreated());
		String rule = "上年结转等于上年度结转下年度";
		assertThat(check(table(report(officer, department, 2025, "2021", null), "三", null), rule).passed()).isTrue();
		// a 2024 request registered after 2024 was published, still open at the end of
		// 2024
		records.add(ApplicantCategory.NATURAL_PERSON, Channel.IN_PERSON, "2024-11-11", Outcome.DISCLOSED, "2025-01-15");
		CheckResult broken = check(table(report(officer, department, 2025, "2021", null), "三", null), rule);
		assertThat(broken.passed()).isFalse();
		assertThat(broken.detail()).contains("自然人：本年上年结转2，2024年已发布报告的「四、结转下年度继续办理」为1");
	}

}
