package org.gongkai.disclosure.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.gongkai.disclosure.shared.Refusal;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * A ledger file as rows of named cells: CSV (RFC 4180; UTF-8 with or without BOM, or
 * GB18030 as Chinese office software writes it — detected, or named by the caller) or
 * XLSX (read streaming with POI's SAX event API, so a large sheet never sits in memory as
 * a workbook; real date cells come out as {@code YYYY-MM-DD} whatever their display
 * format, and dates typed as text are read by {@code HistoricCases.ledgerDate}). The
 * first non-empty row is the header; column names are matched case-insensitively, and the
 * Chinese names offices use are accepted.
 */
final class LedgerFile {

	/**
	 * A data row: its line in the file (CSV line, or sheet row number) and its cells by
	 * canonical column name.
	 */
	record Row(int line, Map<String, String> cells) {
		String get(String column) {
			String v = cells.get(column);
			return v == null ? "" : v.strip();
		}
	}

	record Content(String format, String charset, List<Row> rows) {
	}

	/**
	 * The columns of one kind of ledger: the required canonical names and the other names
	 * offices use for them (each ledger its own, so 申请编号 is the request's reference in
	 * the request ledger and the challenged request's in the appeals ledger).
	 */
	record Layout(List<String> required, Map<String, String> aliases) {
	}

	/**
	 * The widest ledger we read: the layouts have fewer than 40 columns. A cell further
	 * right refuses the file instead of padding every row out to it (issue 13: one
	 * far-right cell per row of a 101 KB workbook took 1.9 GB of heap).
	 */
	static final int MAX_COLUMNS = 100;

	/** Cells read from one file, at most: far more than any county's ledger. */
	static final int MAX_CELLS = 2_000_000;

	static final Layout REQUESTS;
	static final Layout APPEALS;

	static {
		Map<String, String> requests = new HashMap<>();
		alias(requests, "reference", "编号", "申请编号", "案件编号", "受理编号", "登记编号");
		alias(requests, "applicant_type", "申请人类型", "申请人类别", "申请主体", "申请人性质");
		alias(requests, "received_on", "收到申请日期", "收到日期", "受理日期", "申请日期", "登记日期", "收到申请时间");
		alias(requests, "channel", "申请渠道", "渠道", "申请方式", "提交方式", "申请途径");
		alias(requests, "closed_on", "办结日期", "答复日期", "办结时间", "答复时间");
		alias(requests, "outcome", "办理结果", "答复结果", "处理结果", "答复类型");
		alias(requests, "information_sought", "申请内容", "所需信息", "申请公开的信息");
		REQUESTS = new Layout(List.of("reference", "applicant_type", "received_on", "channel", "closed_on", "outcome"),
				Map.copyOf(requests));
		Map<String, String> appeals = new HashMap<>();
		alias(appeals, "request_reference", "申请编号", "原申请编号", "政府信息公开申请编号", "关联申请编号");
		alias(appeals, "kind", "类型", "案件类型", "复议诉讼类型");
		alias(appeals, "filed_on", "申请（起诉）日期", "申请或起诉日期", "复议申请或起诉日期", "提起日期");
		alias(appeals, "closed_on", "办结日期", "审结日期", "结案日期");
		alias(appeals, "result", "结果", "审理结果", "复议诉讼结果");
		APPEALS = new Layout(List.of("request_reference", "kind", "filed_on", "closed_on", "result"),
				Map.copyOf(appeals));
	}

	/** The columns by the names a ledger's header uses, for the messages. */
	private static final Map<String, String> LABELS = Map.ofEntries(Map.entry("reference", "编号"),
			Map.entry("applicant_type", "申请人类型"), Map.entry("received_on", "收到申请日期"), Map.entry("channel", "申请渠道"),
			Map.entry("closed_on", "办结日期"), Map.entry("outcome", "办理结果"), Map.entry("information_sought", "申请内容"),
			Map.entry("request_reference", "申请编号"), Map.entry("kind", "类型"), Map.entry("filed_on", "申请（起诉）日期"),
			Map.entry("result", "结果"));

	private LedgerFile() {
	}

	/** A canonical column by its Chinese header name; empty for none. */
	static String columnLabel(String column) {
		return column == null ? "" : LABELS.getOrDefault(column, column);
	}

	private static void alias(Map<String, String> aliases, String canonical, String... names) {
		aliases.put(canonical, canonical);
		for (String n : names) {
			aliases.put(n, canonical);
		}
	}

	static Content read(Path file, String charsetName, Layout layout) throws IOException {
		byte[] head = new byte[8];
		int n;
		try (InputStream in = Files.newInputStream(file)) {
			n = in.readNBytes(head, 0, 8);
		}
		if (n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
			return new Content("XLSX", null, xlsx(file, layout));
		}
		if (n >= 4 && (head[0] & 0xff) == 0xD0 && (head[1] & 0xff) == 0xCF && (head[2] & 0xff) == 0x11) {
			throw new Refusal("refusal.imports.file.oldExcel");
		}
		byte[] bytes = Files.readAllBytes(file);
		String charset;
		String text;
		if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
			charset = "UTF-8";
			text = decode(bytes, 3, StandardCharsets.UTF_8);
		}
		else if (bytes.length >= 2 && ((bytes[0] & 0xff) == 0xFF || (bytes[0] & 0xff) == 0xFE)) {
			throw new Refusal("refusal.imports.file.utf16");
		}
		else if (charsetName != null && !charsetName.isBlank()) {
			Charset cs = switch (charsetName.strip().toUpperCase(Locale.ROOT)) {
				case "UTF-8", "UTF8" -> StandardCharsets.UTF_8;
				case "GB18030", "GBK", "GB2312" -> Charset.forName("GB18030");
				default -> throw new Refusal("refusal.imports.file.unsupportedCharset", charsetName);
			};
			charset = cs.name();
			text = decode(bytes, 0, cs);
		}
		else {
			String utf8 = tryDecode(bytes, StandardCharsets.UTF_8);
			if (utf8 != null) {
				charset = "UTF-8";
				text = utf8;
			}
			else {
				charset = "GB18030";
				text = decode(bytes, 0, Charset.forName("GB18030"));
			}
		}
		if (text.indexOf('\0') >= 0) {
			throw new Refusal("refusal.imports.file.notCsvOrXlsx");
		}
		return new Content("CSV", charset, named(csv(text), layout));
	}

	private static String tryDecode(byte[] bytes, Charset cs) {
		try {
			return cs.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException e) {
			return null;
		}
	}

	private static String decode(byte[] bytes, int offset, Charset cs) {
		try {
			return cs.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
				.toString();
		}
		catch (CharacterCodingException e) {
			throw new Refusal("refusal.imports.file.badEncoding", cs.name());
		}
	}

	/**
	 * RFC 4180 records, each with the line it starts on; quoted fields may hold commas,
	 * quotes and line breaks.
	 */
	static List<Map.Entry<Integer, List<String>>> csv(String text) {
		List<Map.Entry<Integer, List<String>>> records = new ArrayList<>();
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		boolean any = false;
		int line = 1;
		int start = 1;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"') {
					if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
						field.append('"');
						i++;
					}
					else {
						quoted = false;
					}
				}
				else {
					if (c == '\n') {
						line++;
					}
					field.append(c);
				}
			}
			else if (c == '"' && field.isEmpty()) {
				quoted = true;
				any = true;
			}
			else if (c == ',') {
				if (fields.size() >= MAX_COLUMNS) {
					throw tooWide(start);
				}
				fields.add(field.toString());
				field.setLength(0);
				any = true;
			}
			else if (c == '\r' || c == '\n') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				fields.add(field.toString());
				field.setLength(0);
				if (any || fields.size() > 1 || !fields.get(0).isBlank()) {
					records.add(Map.entry(start, List.copyOf(fields)));
				}
				fields.clear();
				any = false;
				line++;
				start = line;
			}
			else {
				field.append(c);
				any = true;
			}
		}
		if (quoted) {
			throw new Refusal("refusal.imports.file.unclosedQuote", start);
		}
		if (any || !field.isEmpty()) {
			fields.add(field.toString());
			records.add(Map.entry(start, List.copyOf(fields)));
		}
		return records;
	}

	private static List<Row> named(List<Map.Entry<Integer, List<String>>> records, Layout layout) {
		List<Row> rows = new ArrayList<>();
		List<String> header = null;
		for (Map.Entry<Integer, List<String>> record : records) {
			boolean blank = record.getValue().stream().allMatch(String::isBlank);
			if (blank) {
				continue;
			}
			if (header == null) {
				header = header(record.getValue(), layout);
				continue;
			}
			Map<String, String> cells = new LinkedHashMap<>();
			List<String> values = record.getValue();
			for (int i = 0; i < header.size() && i < values.size(); i++) {
				if (header.get(i) != null) {
					cells.put(header.get(i), values.get(i));
				}
			}
			rows.add(new Row(record.getKey(), cells));
		}
		if (header == null) {
			throw new Refusal("refusal.imports.file.noHeader");
		}
		return rows;
	}

	private static List<String> header(List<String> names, Layout layout) {
		Map<String, String> aliases = layout.aliases();
		List<String> required = layout.required();
		List<String> canonical = new ArrayList<>();
		for (String name : names) {
			String key = name.strip().replace("\uFEFF", "");
			canonical.add(aliases.get(aliases.containsKey(key) ? key : key.toLowerCase(Locale.ROOT)));
		}
		List<String> missing = required.stream().filter(r -> !canonical.contains(r)).toList();
		if (!missing.isEmpty()) {
			throw new Refusal("refusal.imports.file.missingColumns", String.join(", ", missing),
					String.join(", ", required));
		}
		return canonical;
	}

	private static List<Row> xlsx(Path file, Layout layout) throws IOException {
		List<Map.Entry<Integer, List<String>>> records = new ArrayList<>();
		try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
			XSSFReader reader = new XSSFReader(pkg);
			ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
			StylesTable styles = reader.getStylesTable();
			XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
			if (!sheets.hasNext()) {
				throw new Unreadable("refusal.imports.file.noSheet");
			}
			try (InputStream sheet = sheets.next()) {
				XMLReader parser = XMLHelper.newXMLReader();
				parser.setContentHandler(
						new XSSFSheetXMLHandler(styles, null, strings, new Collector(records), new IsoDates(), false));
				parser.parse(new InputSource(sheet));
			}
		}
		catch (Unreadable e) {
			throw e;
		}
		catch (Exception e) {
			// POI's own messages (English, technical) are not shown; every failure to
			// read says the same
			throw new Unreadable("refusal.imports.file.unreadableXlsx");
		}
		return named(records, layout);
	}

	private static IllegalArgumentException tooWide(int line) {
		return new Unreadable("refusal.imports.file.tooManyColumns", line, MAX_COLUMNS);
	}

	private static final class Unreadable extends Refusal {

		Unreadable(String key, Object... arguments) {
			super(key, arguments);
		}

	}

	/**
	 * Collects a sheet's rows as lists of strings, keeping gaps where cells are empty.
	 */
	private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {

		private final List<Map.Entry<Integer, List<String>>> records;

		private List<String> current;

		private int cells;

		private int rowNumber;

		Collector(List<Map.Entry<Integer, List<String>>> records) {
			this.records = records;
		}

		@Override
		public void startRow(int rowNum) {
			current = new ArrayList<>();
			rowNumber = rowNum + 1;
		}

		@Override
		public void endRow(int rowNum) {
			records.add(Map.entry(rowNum + 1, current));
		}

		@Override
		public void cell(String cellReference, String formattedValue, XSSFComment comment) {
			int column = new CellReference(cellReference).getCol();
			if (column >= MAX_COLUMNS) {
				throw tooWide(rowNumber);
			}
			cells += column + 1 - current.size();
			if (cells > MAX_CELLS) {
				throw new Unreadable("refusal.imports.file.tooManyCells", MAX_CELLS);
			}
			while (current.size() < column) {
				current.add("");
			}
			current.add(formattedValue == null ? "" : formattedValue);
		}

	}

	/**
	 * Date-formatted numeric cells become {@code YYYY-MM-DD} whatever display format the
	 * office chose.
	 */
	private static final class IsoDates extends DataFormatter {

		@Override
		public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
			if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
				LocalDate date = DateUtil.getLocalDateTime(value, use1904).toLocalDate();
				return date.toString();
			}
			return super.formatRawCellContents(value, formatIndex, formatString, use1904);
		}

	}

}
