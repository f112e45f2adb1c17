package org.gongkai.disclosure.reporting.export;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
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
import org.gongkai.disclosure.reporting.AnnualReport;
import org.gongkai.disclosure.reporting.ReportCompiler;
import org.gongkai.disclosure.reporting.ReportTable;
import org.gongkai.disclosure.reporting.SectionTwo;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Each export type produced over an HTTP request for a report with data, then read back
 * with an independent reader (POI for .docx and .xlsx, PDFBox for the PDF, an XML parser
 * for the HTML), finding the official labels, the figures of the report the API returns,
 * the merged header cells, the checks and the charts. The files are also written to
 * {@code target/report-exports/} to be looked at.
 */
@GongkaiIntegrationTest
class ReportExportIT {

	@Autowired
	Fixtures fixtures;

	@Autowired
	MockMvc mvc;

	@Autowired
	HistoricCases historic;

	@Autowired
	ReportCompiler reports;

	private Agency agency;

	private GongkaiUser statistician;

	private ReportTable three;

	private int checks;

	@BeforeEach
	void aYearOfCases() {
		agency = fixtures.agency();
		statistician = fixtures.officer(agency, Role.STATISTICIAN);
		List<HistoricCase> rows = new ArrayList<>();
		Outcome[] outcomes = Outcome.values();
		ApplicantCategory[] columns = ApplicantCategory.values();
		for (int i = 0; i < 150; i++) {
			LocalDate received = LocalDate.of(2021, 1, 4).plusDays(i * 2L);
			boolean open = i % 17 == 0;
			rows.add(new HistoricCase(i + 2, agency.code() + "-X-" + i, columns[i % 5 == 0 ? 1 + i % 6 % 5 : 0],
					Channel.values()[i % Channel.values().length], received,
					open ? null : received.plusDays(3 + i % 40), open ? null : outcomes[(i * 7) % outcomes.length],
					null));
		}
		rows.add(new HistoricCase(200, agency.code() + "-X-OLD", ApplicantCategory.OTHER_ORGANISATION, Channel.FAX,
				LocalDate.of(2020, 12, 28), LocalDate.of(2021, 1, 15), Outcome.NOT_PROCESSED_REPEATED, null));
		fixtures.as(statistician, () -> historic.importAll(statistician, agency.id(), UUID.randomUUID(), rows, n -> {
		}));
		AnnualReport report = fixtures.as(statistician, () -> reports.compile(statistician, agency.code(), 2021));
		three = report.sections().stream().filter(t -> t.section().equals("三")).findFirst().orElseThrow();
		checks = report.sections().stream().mapToInt(t -> t.checks().size()).sum();
		assertThat(three.row("TOTAL").value(6)).isGreaterThan(100);
	}

	/** The 2021 report exported as {@code type}, with the charts appendix. */
	private byte[] export(String type) throws Exception {
		return export(type, true);
	}

	private byte[] export(String type, boolean charts) throws Exception {
		var request = get("/api/reports/annual/2021/export").param("agency", agency.code())
			.param("format", "2021")
			.param("type", type);
		byte[] content = mvc.perform((charts ? request.param("charts", "true") : request).with(user(statistician)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", Matchers.containsString("attachment")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		Path dir = Path.of("target/report-exports");
		Files.createDirectories(dir);
		Files.write(dir.resolve("annual-report-2021." + type), content);
		return content;
	}

	private String title() {
		return agency.name() + "2021年政府信息公开工作年度报告";
	}

	@Test
	void docxInOfficialLayoutWithMergedHeadersFiguresChartsAndChecks() throws Exception {
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(export("docx")))) {
			var title = doc.getParagraphs().get(0);
			assertThat(title.getText()).isEqualTo(title());
			assertThat(title.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
			assertThat(title.getRuns().get(0).getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("方正小标宋简体");
			XWPFTable table = doc.getTables()
				.stream()
				.filter(t -> t.getText().contains("一、本年新收政府信息公开申请数量"))
				.findFirst()
				.orElseThrow();
			String text = table.getText();
			assertThat(text).contains("申请人情况", "法人或其他组织", "自然人", "商业企业", "总计", "一、本年新收政府信息公开申请数量", "三、本年度办理结果",
					"（三）不予公开", "4.保护第三方合法权益", "（七）总计", "四、结转下年度继续办理");
			// the header row 申请人情况 spans the seven value columns; 法人或其他组织 the five kinds
			assertThat(table.getRow(0).getTableCells()).hasSize(2);
			assertThat(table.getRow(0).getCell(1).getCTTc().getTcPr().getGridSpan().getVal().intValue()).isEqualTo(7);
			assertThat(table.getRow(1).getCell(2).getText()).isEqualTo("法人或其他组织");
			assertThat(table.getRow(1).getCell(2).getCTTc().getTcPr().getGridSpan().getVal().intValue()).isEqualTo(5);
			// the total row carries the report's figures, column by column
			Row_ total = rowOf(table, "（七）总计");
			assertThat(total.values()).isEqualTo(three.row("TOTAL").values().stream().map(String::valueOf).toList());
			assertThat(doc.getAllPictures()).hasSize(3);
			assertThat(doc.getTables().get(doc.getTables().size() - 1).getText()).contains("通过");
		}
	}

	/** The value cells of the docx table row with {@code label}. */
	private record Row_(List<String> values) {
	}

	private Row_ rowOf(XWPFTable table, String label) {
		for (var row : table.getRows()) {
			var cells = row.getTableCells();
			for (int i = 0; i < cells.size(); i++) {
				if (cells.get(i).getText().equals(label)) {
					return new Row_(cells.subList(i + 1, cells.size()).stream().map(c -> c.getText()).toList());
				}
			}
		}
		throw new AssertionError("no row " + label);
	}

	@Test
	void xlsxWithASheetPerTableNumbersMergedCellsChecksAndCharts() throws Exception {
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(export("xlsx")))) {
			XSSFSheet sheet = null;
			for (int i = 0; i < book.getNumberOfSheets(); i++) {
				if (book.getSheetName(i).startsWith("三")) {
					sheet = book.getSheetAt(i);
				}
			}
			assertThat(sheet).as("the sheet of section 三").isNotNull();
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo(title());
			assertThat(sheet.getMergedRegions()).anyMatch(r -> r.getNumberOfCells() == 7 && r.getFirstRow() == 2);
			Row found = null;
			for (Row row : sheet) {
				for (var cell : row) {
					if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals("2.重复申请")) {
						found = row;
					}
				}
			}
			assertThat(found).isNotNull();
			List<Long> values = new ArrayList<>();
			for (int c = 3; c < 10; c++) {
				assertThat(found.getCell(c).getCellType()).isEqualTo(CellType.NUMERIC);
				values.add((long) found.getCell(c).getNumericCellValue());
			}
			assertThat(values).isEqualTo(three.row("NOT_PROCESSED_REPEATED").values());
			XSSFSheet checks = book.getSheet("勾稽关系校验");
			List<String> failed = new ArrayList<>();
			List<String> passed = new ArrayList<>();
			for (int r = 1; r <= checks.getLastRowNum(); r++) {
				(checks.getRow(r).getCell(2).getStringCellValue().equals("通过") ? passed : failed)
					.add(checks.getRow(r).getCell(0).getStringCellValue());
			}
			// section 二 fails, and only it: no registry figure was entered (blank is not
			// zero)
			assertThat(failed).isNotEmpty().allMatch(heading -> heading.startsWith("二"));
			assertThat(passed).anyMatch(heading -> heading.startsWith("三"));
			assertThat(checks.getLastRowNum()).as("one row per check of every table").isEqualTo(this.checks);
			XSSFSheet charts = book.getSheet("统计图表");
			assertThat(charts.getRow(0).getCell(0).getStringCellValue()).isEqualTo("每月收到申请数");
			long perMonth = 0;
			for (int r = 1; r <= 12; r++) {
				perMonth += (long) charts.getRow(r).getCell(1).getNumericCellValue();
			}
			assertThat(perMonth).isEqualTo(three.row("NEW").value(6));
			assertThat(book.getAllPictures()).hasSize(3);
		}
	}

	@Test
	void pdfPrintedFromTheHtmlWithTheEmbeddedFont() throws Exception {
		byte[] pdf = export("pdf");
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setSortByPosition(true);
			String raw = stripper.getText(doc);
			String text = raw.replaceAll("\\s+", "");
			assertThat(text).contains(title(), "法人或其他组织", "（七）总计", "4.保护第三方合法权益", "每月收到申请数", "勾稽关系校验");
			String totalLine = raw.lines()
				.filter(l -> l.contains("（七）总计") && l.matches(".*\\d.*"))
				.findFirst()
				.orElseThrow();
			assertThat(totalLine.replaceAll("\\s+", " "))
				.endsWith(String.join(" ", three.row("TOTAL").values().stream().map(String::valueOf).toList()));
			assertThat(doc.getDocumentCatalog().getMetadata()).as("PDF/A metadata").isNotNull();
		}
	}

	@Test
	void standaloneHtmlWithTheTablesChartsAndChecks() throws Exception {
		byte[] html = export("html");
		var factory = DocumentBuilderFactory.newInstance();
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
		factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
		Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(html));
		assertThat(doc.getElementsByTagName("h1").item(0).getTextContent()).isEqualTo(title());
		NodeList tables = doc.getElementsByTagName("table");
		Element first = null;
		for (int i = 0; i < tables.getLength() && first == null; i++) {
			if ("三".equals(((Element) tables.item(i)).getAttribute("data-section"))) {
				first = (Element) tables.item(i);
			}
		}
		assertThat(first).as("the table of section 三").isNotNull();
		NodeList cells = first.getElementsByTagName("td");
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < cells.getLength(); i++) {
			texts.add(cells.item(i).getTextContent());
		}
		int at = texts.indexOf("（七）总计");
		assertThat(texts.subList(at + 1, at + 8))
			.isEqualTo(three.row("TOTAL").values().stream().map(String::valueOf).toList());
		NodeList images = doc.getElementsByTagName("img");
		assertThat(images.getLength()).isEqualTo(3);
		assertThat(((Element) images.item(0)).getAttribute("src")).startsWith("data:image/png;base64,");
		assertThat(new String(html, StandardCharsets.UTF_8)).doesNotContain("src=\"http", "href=\"http")
			.contains("总计列等于六类申请人之和");
	}

	@Test
	void byDefaultTheExportPrintsTheReportAsTheFormatDoesEachHeadingOnceAndNoCharts() throws Exception {
		String html = new String(export("html", false), StandardCharsets.UTF_8);
		List<String> headings = html.lines()
			.map(String::strip)
			.filter(l -> l.startsWith("<h2>"))
			.map(l -> l.replaceAll("</?h2>", ""))
			.toList();
		assertThat(headings).filteredOn(h -> h.startsWith("六、")).containsExactly("六、其他需要报告的事项");
		assertThat(headings).filteredOn(h -> h.startsWith("二、")).containsExactly(SectionTwo.TITLE);
		assertThat(headings).contains("信息处理费（《政府信息公开信息处理费管理办法》，国办函〔2020〕109号）", "第二十条第（一）项").doesNotContain("附录：统计图表");
		assertThat(html).doesNotContain("<img").contains(">信息内容</th>");
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(export("docx", false)))) {
			assertThat(doc.getAllPictures()).isEmpty();
			assertThat(doc.getParagraphs()).filteredOn(p -> p.getText().startsWith("六、")).hasSize(1);
		}
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(export("xlsx", false)))) {
			assertThat(book.getSheet("统计图表")).isNull();
		}
	}

	@Test
	void everyFormatExportsAndAFigureNeverEnteredStaysBlank() throws Exception {
		for (String format : List.of("2019", "jilin-2011", "cangnan-2012")) {
			byte[] xlsx = mvc
				.perform(get("/api/reports/annual/2021/export").param("agency", agency.code())
					.param("format", format)
					.param("type", "xlsx")
					.with(user(statistician)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
			try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
				assertThat(book.getNumberOfSheets()).as(format).isGreaterThan(1);
			}
			mvc.perform(get("/api/reports/annual/2021/export").param("agency", agency.code())
				.param("format", format)
				.param("type", "docx")
				.with(user(statistician))).andExpect(status().isOk());
		}
		// section 二 of the 2021 format: nothing entered in the registry, so its value
		// cells are empty, not 0
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(export("xlsx")))) {
			XSSFSheet two = null;
			for (int i = 0; i < book.getNumberOfSheets(); i++) {
				if (book.getSheetName(i).startsWith("第二十条")) { // section 二's tables, by
																// their own titles
					two = book.getSheetAt(i);
				}
			}
			assertThat(two).isNotNull();
			boolean anyNumber = false;
			for (Row row : two) {
				for (var cell : row) {
					anyNumber |= cell.getCellType() == CellType.NUMERIC;
				}
			}
			assertThat(anyNumber).as("a registry figure never entered is exported blank").isFalse();
		}
	}

	@Test
	void anUnknownTypeOrFormatIsAProblemAndAnotherAgencysReportIsRefused() throws Exception {
		mvc.perform(get("/api/reports/annual/2021/export").param("agency", agency.code())
			.param("type", "odt")
			.with(user(statistician)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(Matchers.containsString("docx")));
		mvc.perform(get("/api/reports/annual/2021/export").param("agency", agency.code())
			.param("format", "1999")
			.param("type", "pdf")
			.with(user(statistician))).andExpect(status().isBadRequest());
		GongkaiUser stranger = fixtures.officer(fixtures.agency(), Role.STATISTICIAN);
		mvc.perform(get("/api/reports/annual/2021/export").param("agency", agency.code())
			.param("type", "pdf")
			.with(user(stranger))).andExpect(status().isForbidden());
	}

}
