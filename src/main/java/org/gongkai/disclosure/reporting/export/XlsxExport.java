package org.gongkai.disclosure.reporting.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The report as a workbook: one sheet per table (title row, the national header with
 * merged cells, rows with their merged group headings, values as numbers), a sheet of the
 * narrative texts if any, a sheet of the check results, and a sheet of the charts (their
 * figures as numbers, and the pictures).
 */
final class XlsxExport {

	private XlsxExport() {
	}

	static byte[] render(ReportExports.View view) {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Styles styles = new Styles(book);
			Set<String> names = new HashSet<>();
			for (ReportExports.Part part : view.parts()) {
				if (part.hasTable()) {
					tableSheet(book, styles, sheetName(part.heading(), names), view.title(), part);
				}
			}
			List<ReportExports.Part> texts = view.parts().stream().filter(p -> p.text() != null).toList();
			if (!texts.isEmpty()) {
				XSSFSheet sheet = book.createSheet(sheetName("正文", names));
				sheet.setColumnWidth(0, 30 * 256);
				sheet.setColumnWidth(1, 100 * 256);
				int r = 0;
				for (ReportExports.Part part : texts) {
					XSSFRow row = sheet.createRow(r++);
					cell(row, 0, part.heading(), styles.bold);
					cell(row, 1, part.text().body(), styles.wrap);
				}
			}
			XSSFSheet checks = book.createSheet(sheetName("勾稽关系校验", names));
			checks.setColumnWidth(0, 40 * 256);
			checks.setColumnWidth(1, 50 * 256);
			checks.setColumnWidth(2, 10 * 256);
			checks.setColumnWidth(3, 60 * 256);
			XSSFRow head = checks.createRow(0);
			String[] titles = { "表", "校验规则", "结果", "数据" };
			for (int c = 0; c < titles.length; c++) {
				cell(head, c, titles[c], styles.header);
			}
			int r = 1;
			for (ReportExports.Check check : view.checks()) {
				XSSFRow row = checks.createRow(r++);
				cell(row, 0, check.table(), styles.text);
				cell(row, 1, check.result().rule(), styles.text);
				cell(row, 2, check.result().passed() ? "通过" : "未通过", styles.text);
				cell(row, 3, check.result().detail(), styles.text);
			}
			if (!view.charts().isEmpty()) {
				chartSheet(book, styles, sheetName("统计图表", names), view.charts());
			}
			for (int i = 0; i < book.getNumberOfSheets(); i++) {
				printable(book.getSheetAt(i));
			}
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException("The annual report (.xlsx) cannot be generated", e);
		}
	}

	private static void tableSheet(XSSFWorkbook book, Styles styles, String name, String title,
			ReportExports.Part part) {
		ReportGrid grid = part.grid();
		XSSFSheet sheet = book.createSheet(name);
		XSSFRow titleRow = sheet.createRow(0);
		cell(titleRow, 0, title, styles.bold);
		XSSFRow headingRow = sheet.createRow(1);
		cell(headingRow, 0, part.heading(), styles.bold);
		int top = 2;
		int rows = grid.headerRows() + grid.bodyRows();
		for (int r = 0; r < rows; r++) {
			XSSFRow row = sheet.createRow(top + r);
			for (int c = 0; c < grid.columns(); c++) {
				row.createCell(c).setCellStyle(r < grid.headerRows() ? styles.header : styles.text);
			}
		}
		write(sheet, styles, grid.header(), top, true);
		write(sheet, styles, grid.body(), top + grid.headerRows(), false);
		for (int c = 0; c < grid.columns(); c++) {
			boolean label = c < grid.labelColumns();
			sheet.setColumnWidth(c, (label ? (c == grid.labelColumns() - 1 ? 74 : 14) : 10) * 256);
		}
		sheet.createFreezePane(grid.labelColumns(), top + grid.headerRows());
		// header rows repeated on every printed page
		sheet.setRepeatingRows(new CellRangeAddress(top, top + grid.headerRows() - 1, -1, -1));
		if (grid.headerRows() > 1) {
			sheet.getRow(top).setHeightInPoints(36);
		}
	}

	private static void write(XSSFSheet sheet, Styles styles, List<ReportGrid.Cell> cells, int offset, boolean header) {
		for (ReportGrid.Cell c : cells) {
			XSSFCell target = sheet.getRow(offset + c.row()).getCell(c.col());
			if (c.hasNumber()) {
				target.setCellValue(c.number());
				target.setCellStyle(styles.number);
			}
			else {
				target.setCellValue(c.text() == null ? "" : c.text());
				target.setCellStyle(header ? styles.header : c.rowspan() > 1 ? styles.group : styles.text);
			}
			if (c.rowspan() > 1 || c.colspan() > 1) {
				sheet.addMergedRegion(new CellRangeAddress(offset + c.row(), offset + c.row() + c.rowspan() - 1,
						c.col(), c.col() + c.colspan() - 1));
			}
		}
	}

	private static void chartSheet(XSSFWorkbook book, Styles styles, String name, List<ReportCharts.Chart> charts) {
		XSSFSheet sheet = book.createSheet(name);
		sheet.setColumnWidth(0, 30 * 256);
		sheet.setColumnWidth(1, 12 * 256);
		XSSFDrawing drawing = sheet.createDrawingPatriarch();
		int r = 0;
		for (ReportCharts.Chart chart : charts) {
			int start = r;
			cell(sheet.createRow(r++), 0, chart.title(), styles.bold);
			for (int i = 0; i < chart.labels().size(); i++) {
				XSSFRow row = sheet.createRow(r++);
				cell(row, 0, chart.labels().get(i), styles.text);
				XSSFCell value = row.createCell(1);
				value.setCellValue(chart.values().get(i));
				value.setCellStyle(styles.number);
			}
			int picture = book.addPicture(chart.png(), Workbook.PICTURE_TYPE_PNG);
			ClientAnchor anchor = book.getCreationHelper().createClientAnchor();
			anchor.setCol1(3);
			anchor.setRow1(start);
			// 8 default columns (≈ 512 px) by 13 default rows (≈ 260 px): about the
			// picture's 900 × 420 proportions
			anchor.setCol2(11);
			anchor.setRow2(start + 13);
			anchor.setAnchorType(ClientAnchor.AnchorType.MOVE_AND_RESIZE);
			drawing.createPicture(anchor, picture);
			r = Math.max(r, start + 15);
		}
	}

	/** Printed landscape on A4, all columns on one page wide. */
	private static void printable(XSSFSheet sheet) {
		sheet.getPrintSetup().setLandscape(true);
		sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
		sheet.setFitToPage(true);
		sheet.getPrintSetup().setFitWidth((short) 1);
		sheet.getPrintSetup().setFitHeight((short) 0);
	}

	private static void cell(XSSFRow row, int column, String text, CellStyle style) {
		XSSFCell cell = row.getCell(column) == null ? row.createCell(column) : row.getCell(column);
		cell.setCellValue(text);
		cell.setCellStyle(style);
	}

	/** Sheet names: at most 31 characters, none of : \ / ? * [ ], unique. */
	private static String sheetName(String wanted, Set<String> used) {
		String base = WorkbookUtil.createSafeSheetName(wanted.replace('、', ' ').strip());
		base = base.length() > 28 ? base.substring(0, 28) : base;
		String name = base;
		for (int i = 2; !used.add(name); i++) {
			name = base + " " + i;
		}
		return name;
	}

	private static final class Styles {

		final CellStyle header;

		final CellStyle text;

		final CellStyle group;

		final CellStyle number;

		final CellStyle bold;

		final CellStyle wrap;

		Styles(XSSFWorkbook book) {
			Font font = book.createFont();
			font.setFontName("宋体");
			font.setFontHeightInPoints((short) 10);
			Font boldFont = book.createFont();
			boldFont.setFontName("黑体");
			boldFont.setFontHeightInPoints((short) 12);
			header = bordered(book, font, HorizontalAlignment.CENTER);
			header.setWrapText(true);
			text = bordered(book, font, HorizontalAlignment.LEFT);
			text.setWrapText(true);
			group = bordered(book, font, HorizontalAlignment.CENTER);
			group.setWrapText(true);
			number = bordered(book, font, HorizontalAlignment.CENTER);
			number.setDataFormat(book.createDataFormat().getFormat("0"));
			bold = book.createCellStyle();
			bold.setFont(boldFont);
			wrap = book.createCellStyle();
			wrap.setFont(font);
			wrap.setWrapText(true);
			wrap.setVerticalAlignment(VerticalAlignment.TOP);
		}

		private static CellStyle bordered(XSSFWorkbook book, Font font, HorizontalAlignment align) {
			CellStyle s = book.createCellStyle();
			s.setFont(font);
			s.setAlignment(align);
			s.setVerticalAlignment(VerticalAlignment.CENTER);
			s.setBorderTop(BorderStyle.THIN);
			s.setBorderBottom(BorderStyle.THIN);
			s.setBorderLeft(BorderStyle.THIN);
			s.setBorderRight(BorderStyle.THIN);
			return s;
		}

	}

}
