package org.gongkai.disclosure.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Ledgers as offices keep them in Excel: text cells, and dates as real date cells in a
 * Chinese date format.
 */
final class LedgerWorkbooks {

	private LedgerWorkbooks() {
	}

	/**
	 * A one-sheet .xlsx of {@code rows} (the first is the header); {@link LocalDate}s
	 * become date cells.
	 */
	static byte[] xlsx(String sheetName, List<List<Object>> rows) throws IOException {
		try (SXSSFWorkbook book = new SXSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			SXSSFSheet sheet = book.createSheet(sheetName);
			CellStyle date = book.createCellStyle();
			date.setDataFormat(book.createDataFormat().getFormat("yyyy年m月d日"));
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r);
				for (int c = 0; c < rows.get(r).size(); c++) {
					Object v = rows.get(r).get(c);
					var cell = row.createCell(c);
					if (v instanceof LocalDate d) {
						cell.setCellValue(d);
						cell.setCellStyle(date);
					}
					else if (!v.toString().isEmpty()) {
						cell.setCellValue(v.toString());
					}
				}
			}
			book.write(out);
			return out.toByteArray();
		}
	}

}
