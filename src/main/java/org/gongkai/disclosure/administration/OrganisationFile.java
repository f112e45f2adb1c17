package org.gongkai.disclosure.administration;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.disclosure.shared.Refusal;

/**
 * One table of the organisation import, from CSV (UTF-8, with or without BOM, or GB18030
 * as Excel saves it in China) or the first sheet of an .xlsx workbook. The first row
 * names the columns; each column has a Chinese and an English name.
 */
final class OrganisationFile {

	private OrganisationFile() {
	}

	/** A data line: its line number in the file (the header is line 1) and its cells. */
	record Line(int number, Map<String, String> cells) {

		String get(String column) {
			String value = cells.get(column);
			return value == null || value.isBlank() ? null : value.strip();
		}
	}

	/**
	 * Reads the lines, naming each cell by its canonical column.
	 * @param columns canonical name → accepted header names
	 * @param required canonical names that must be present
	 */
	static List<Line> read(byte[] bytes, Map<String, List<String>> columns, List<String> required) {
		List<List<String>> rows = isXlsx(bytes) ? xlsx(bytes) : csv(bytes);
		if (rows.isEmpty()) {
			throw new Refusal("refusal.administration.file.empty");
		}
		List<String> header = rows.get(0);
		Map<Integer, String> byIndex = new LinkedHashMap<>();
		for (int i = 0; i < header.size(); i++) {
			String name = header.get(i) == null ? "" : header.get(i).strip();
			for (Map.Entry<String, List<String>> column : columns.entrySet()) {
				if (column.getValue().stream().anyMatch(name::equalsIgnoreCase)) {
					byIndex.put(i, column.getKey());
				}
			}
		}
		List<String> missing = required.stream()
			.filter(r -> !byIndex.containsValue(r))
			.map(r -> columns.get(r).get(0))
			.toList();
		if (!missing.isEmpty()) {
			throw new Refusal("refusal.administration.file.missingColumns", String.join("、", missing));
		}
		List<Line> lines = new ArrayList<>();
		for (int r = 1; r < rows.size(); r++) {
			List<String> row = rows.get(r);
			if (row.stream().allMatch(c -> c == null || c.isBlank())) {
				continue;
			}
			Map<String, String> cells = new LinkedHashMap<>();
			byIndex.forEach((i, name) -> cells.put(name, i < row.size() ? row.get(i) : null));
			lines.add(new Line(r + 1, cells));
		}
		return lines;
	}

	private static boolean isXlsx(byte[] bytes) {
		return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
	}

	private static List<List<String>> xlsx(byte[] bytes) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			Sheet sheet = workbook.getSheetAt(0);
			DataFormatter formatter = new DataFormatter();
			List<List<String>> rows = new ArrayList<>();
			for (int r = 0; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				List<String> cells = new ArrayList<>();
				if (row != null) {
					for (int c = 0; c < row.getLastCellNum(); c++) {
						Cell cell = row.getCell(c);
						cells.add(cell == null ? null : formatter.formatCellValue(cell));
					}
				}
				rows.add(cells);
			}
			return rows;
		}
		catch (IOException | RuntimeException e) {
			throw new Refusal("refusal.administration.file.unreadableXlsx", e.getMessage());
		}
	}

	private static List<List<String>> csv(byte[] bytes) {
		String text = decode(bytes);
		if (text.indexOf('\0') >= 0) {
			throw new Refusal("refusal.administration.file.notCsvOrXlsx");
		}
		try (CSVParser parser = CSVFormat.RFC4180.builder().get().parse(new StringReader(text))) {
			List<List<String>> rows = new ArrayList<>();
			for (CSVRecord record : parser) {
				rows.add(record.toList());
			}
			return rows;
		}
		catch (IOException | RuntimeException e) {
			throw new Refusal("refusal.administration.file.badCsv", e.getMessage());
		}
	}

	private static String decode(byte[] bytes) {
		if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
			return strict(bytes, 3, StandardCharsets.UTF_8);
		}
		try {
			return strict(bytes, 0, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException notUtf8) {
			return strict(bytes, 0, Charset.forName("GB18030"));
		}
	}

	private static String strict(byte[] bytes, int offset, Charset cs) {
		try {
			return cs.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
				.toString();
		}
		catch (CharacterCodingException e) {
			throw new Refusal("refusal.administration.file.badEncoding", cs.name());
		}
	}

}
