package org.gongkai.disclosure.reporting.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;

/**
 * The report as a Word document in 公文 layout (GB/T 9704-2012, as the letter templates):
 * A4, margins 37/35/28/26 mm; the title centred in 方正小标宋简体 二号; section headings in 黑体 三号;
 * text in 仿宋_GB2312 三号, first line indented two characters, fixed 28 pt lines; page
 * numbers 「— 1 —」 at the foot. Tables are drawn from {@link ReportGrid} with merged
 * header and group cells as on the national form; the charts are pictures; the checks a
 * table at the end. The fonts are named, not embedded: a machine without them substitutes
 * its own CJK fonts.
 */
final class DocxExport {

	static final String TITLE_FONT = "方正小标宋简体";
	static final String HEADING_FONT = "黑体";
	static final String BODY_FONT = "仿宋_GB2312";
	static final String TABLE_FONT = "宋体";

	private static final int TEXT_WIDTH_TWIPS = mm(210 - 28 - 26);

	private DocxExport() {
	}

	static byte[] render(ReportExports.View view) {
		try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			page(doc);
			XWPFParagraph title = doc.createParagraph();
			title.setAlignment(ParagraphAlignment.CENTER);
			title.setSpacingAfter(400);
			title.setSpacingBefore(200);
			run(title, view.title(), TITLE_FONT, 22, false);

			for (ReportExports.Part part : view.parts()) {
				heading(doc, part.heading());
				if (part.hasTable()) {
					table(doc, part.grid());
					if (part.table().note() != null && part.grid().headerRows() == 1) {
						body(doc, part.table().note());
					}
				}
				else {
					part.paragraphs().forEach(p -> body(doc, p));
				}
			}

			if (!view.charts().isEmpty()) {
				heading(doc, ReportExports.CHARTS_APPENDIX);
			}
			for (ReportCharts.Chart chart : view.charts()) {
				XWPFParagraph caption = doc.createParagraph();
				caption.setAlignment(ParagraphAlignment.CENTER);
				caption.setKeepNext(true);
				run(caption, chart.title(), HEADING_FONT, 12, false);
				XWPFParagraph p = doc.createParagraph();
				p.setAlignment(ParagraphAlignment.CENTER);
				XWPFRun r = p.createRun();
				int width = Units.toEMU(mm(150) / 20.0);
				int height = (int) ((long) width * ReportCharts.HEIGHT / ReportCharts.WIDTH);
				try {
					r.addPicture(new ByteArrayInputStream(chart.png()), Document.PICTURE_TYPE_PNG,
							chart.title() + ".png", width, height);
				}
				catch (InvalidFormatException e) {
					throw new IllegalStateException(e);
				}
			}

			heading(doc, "附：勾稽关系校验");
			body(doc, view.consistent() ? "全部校验通过。" : "存在未通过的校验，请核对。");
			checks(doc, view.checks());
			footer(doc);
			doc.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException("The annual report (.docx) cannot be generated", e);
		}
	}

	private static void page(XWPFDocument doc) {
		CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
		CTPageSz size = sect.addNewPgSz();
		size.setW(BigInteger.valueOf(mm(210)));
		size.setH(BigInteger.valueOf(mm(297)));
		CTPageMar margin = sect.addNewPgMar();
		margin.setTop(BigInteger.valueOf(mm(37)));
		margin.setBottom(BigInteger.valueOf(mm(35)));
		margin.setLeft(BigInteger.valueOf(mm(28)));
		margin.setRight(BigInteger.valueOf(mm(26)));
		margin.setFooter(BigInteger.valueOf(mm(20)));
		margin.setHeader(BigInteger.valueOf(mm(15)));
	}

	private static void footer(XWPFDocument doc) {
		XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
		XWPFParagraph p = footer.createParagraph();
		p.setAlignment(ParagraphAlignment.CENTER);
		run(p, "— ", TABLE_FONT, 14, false);
		p.getCTP().addNewFldSimple().setInstr("PAGE");
		XWPFRun page = p.createRun();
		page.setText("");
		run(p, " —", TABLE_FONT, 14, false);
	}

	private static void heading(XWPFDocument doc, String text) {
		XWPFParagraph p = doc.createParagraph();
		p.setIndentationFirstLine(640);
		p.setSpacingBefore(200);
		p.setSpacingBetween(28, LineSpacingRule.EXACT);
		p.setKeepNext(true);
		run(p, text, HEADING_FONT, 16, false);
	}

	private static void body(XWPFDocument doc, String text) {
		XWPFParagraph p = doc.createParagraph();
		p.setIndentationFirstLine(640);
		p.setSpacingBetween(28, LineSpacingRule.EXACT);
		p.setAlignment(ParagraphAlignment.BOTH);
		run(p, text, BODY_FONT, 16, false);
	}

	private static XWPFRun run(XWPFParagraph p, String text, String font, int points, boolean bold) {
		XWPFRun r = p.createRun();
		r.setText(text);
		r.setFontFamily(font, FontCharRange.eastAsia);
		r.setFontFamily(font.equals(HEADING_FONT) ? "SimHei" : "Times New Roman", FontCharRange.ascii);
		r.setFontFamily(font.equals(HEADING_FONT) ? "SimHei" : "Times New Roman", FontCharRange.hAnsi);
		r.setFontSize(points);
		r.setBold(bold);
		return r;
	}

	private static void table(XWPFDocument doc, ReportGrid grid) {
		int rows = grid.headerRows() + grid.bodyRows();
		XWPFTable table = doc.createTable(rows, grid.columns());
		table.setTableAlignment(TableRowAlign.CENTER);
		table.setWidth("100%");
		table.getCTTbl().getTblPr().getTblW().setType(STTblWidth.PCT);
		int[] widths = widths(grid);
		CTTblGrid tblGrid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid()
				: table.getCTTbl().getTblGrid();
		while (tblGrid.sizeOfGridColArray() > 0) {
			tblGrid.removeGridCol(0);
		}
		for (int c = 0; c < grid.columns(); c++) {
			tblGrid.addNewGridCol().setW(BigInteger.valueOf(widths[c]));
		}
		boolean[][] covered = new boolean[rows][grid.columns()];
		place(table, grid.header(), 0, covered, widths);
		place(table, grid.body(), grid.headerRows(), covered, widths);
		for (int r = 0; r < grid.headerRows(); r++) {
			table.getRow(r).setRepeatHeader(true);
		}
		for (int r = 0; r < rows; r++) {
			table.getRow(r).setCantSplitRow(true);
			XWPFTableRow row = table.getRow(r);
			for (int c = grid.columns() - 1; c >= 0; c--) {
				if (covered[r][c]) {
					row.removeCell(c);
				}
			}
		}
	}

	private static void place(XWPFTable table, List<ReportGrid.Cell> cells, int offset, boolean[][] covered,
			int[] widths) {
		for (ReportGrid.Cell cell : cells) {
			int width = 0;
			for (int k = 0; k < cell.colspan(); k++) {
				width += widths[cell.col() + k];
			}
			for (int rr = 0; rr < cell.rowspan(); rr++) {
				int r = offset + cell.row() + rr;
				XWPFTableCell tc = table.getRow(r).getCell(cell.col());
				CTTcPr pr = tc.getCTTc().isSetTcPr() ? tc.getCTTc().getTcPr() : tc.getCTTc().addNewTcPr();
				pr.addNewTcW().setW(BigInteger.valueOf(width));
				pr.getTcW().setType(STTblWidth.DXA);
				pr.addNewVAlign().setVal(STVerticalJc.CENTER);
				if (cell.colspan() > 1) {
					pr.addNewGridSpan().setVal(BigInteger.valueOf(cell.colspan()));
					for (int k = 1; k < cell.colspan(); k++) {
						covered[r][cell.col() + k] = true;
					}
				}
				if (cell.rowspan() > 1) {
					pr.addNewVMerge().setVal(rr == 0 ? STMerge.RESTART : STMerge.CONTINUE);
				}
				if (rr == 0) {
					XWPFParagraph p = tc.getParagraphs().get(0);
					boolean left = cell.label() && cell.rowspan() == 1 && offset > 0
							|| cell.col() == 0 && offset == 0 && cell.text() != null && cell.text().length() > 12;
					p.setAlignment(left ? ParagraphAlignment.LEFT : ParagraphAlignment.CENTER);
					String text = cell.hasNumber() ? Long.toString(cell.number())
							: cell.text() == null ? "" : cell.text();
					run(p, text, TABLE_FONT, cell.col() == 0 && offset == 0 ? 8 : 10, false);
				}
			}
		}
	}

	private static int[] widths(ReportGrid grid) {
		int[] widths = new int[grid.columns()];
		int groups = grid.labelColumns() - 1;
		int labelWidth = groups == 0 ? mm(58) : mm(46);
		int used = 0;
		for (int c = 0; c < groups; c++) {
			widths[c] = mm(12);
			used += widths[c];
		}
		widths[groups] = labelWidth;
		used += labelWidth;
		int values = grid.columns() - grid.labelColumns();
		for (int c = grid.labelColumns(); c < grid.columns(); c++) {
			widths[c] = Math.max(mm(9), (TEXT_WIDTH_TWIPS - used) / Math.max(1, values));
		}
		return widths;
	}

	private static void checks(XWPFDocument doc, List<ReportExports.Check> checks) {
		XWPFTable table = doc.createTable(checks.size() + 1, 3);
		table.setWidth("100%");
		int[] widths = { mm(70), mm(16), mm(70) };
		CTTblGrid tblGrid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid()
				: table.getCTTbl().getTblGrid();
		while (tblGrid.sizeOfGridColArray() > 0) {
			tblGrid.removeGridCol(0);
		}
		for (int w : widths) {
			tblGrid.addNewGridCol().setW(BigInteger.valueOf(w));
		}
		for (var row : table.getRows()) {
			for (int c = 0; c < 3; c++) {
				CTTcPr pr = row.getCell(c).getCTTc().isSetTcPr() ? row.getCell(c).getCTTc().getTcPr()
						: row.getCell(c).getCTTc().addNewTcPr();
				pr.addNewTcW().setW(BigInteger.valueOf(widths[c]));
				pr.getTcW().setType(STTblWidth.DXA);
			}
		}
		String[] head = { "校验规则", "结果", "数据" };
		for (int c = 0; c < 3; c++) {
			run(table.getRow(0).getCell(c).getParagraphs().get(0), head[c], TABLE_FONT, 10, true);
		}
		for (int i = 0; i < checks.size(); i++) {
			ReportExports.Check check = checks.get(i);
			XWPFTableRow row = table.getRow(i + 1);
			String name = check.table().contains("、") ? "表" + check.table().substring(0, check.table().indexOf("、"))
					: check.table();
			run(row.getCell(0).getParagraphs().get(0), name + "：" + check.result().rule(), TABLE_FONT, 10, false);
			run(row.getCell(1).getParagraphs().get(0), check.result().passed() ? "通过" : "未通过", TABLE_FONT, 10, false);
			run(row.getCell(2).getParagraphs().get(0), check.result().detail(), TABLE_FONT, 10, false);
		}
	}

	private static int mm(double millimetres) {
		return (int) Math.round(millimetres * 1440 / 25.4);
	}

}
