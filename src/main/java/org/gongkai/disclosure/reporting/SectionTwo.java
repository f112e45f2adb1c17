package org.gongkai.disclosure.reporting;

import java.util.ArrayList;
import java.util.List;

import org.gongkai.disclosure.proactive.ProactiveItem;
import org.gongkai.disclosure.proactive.RegistryLayout;

/**
 * Section 二 主动公开政府信息情况 from the registry, in the 2021 format (docs/statute.md#s3.4) and
 * the 2019 format (#s3.5), laid out as {@link RegistryLayout} says (labels verbatim; the
 * registry's grid page asks for the same cells). A figure never entered is blank, and the
 * blank check says so.
 */
public final class SectionTwo {

	static final String SECTION = "二";

	public static final String TITLE = "二、主动公开政府信息情况";

	/**
	 * The header of the row-label column of every table of 二, as the format prints it.
	 */
	public static final String LABEL_HEADER = "信息内容";

	private SectionTwo() {
	}

	static List<ReportTable> format2021(Cells cells) {
		return render(cells, RegistryLayout.FORMAT_2021);
	}

	static List<ReportTable> format2019(Cells cells) {
		return render(cells, RegistryLayout.FORMAT_2019);
	}

	/** The layout's tables, each cell the registry's current figure of its item. */
	private static List<ReportTable> render(Cells cells, RegistryLayout layout) {
		List<ReportTable> tables = new ArrayList<>();
		for (RegistryLayout.Table t : layout.tables()) {
			tables.add(table(cells, t.title(), t.columns(),
					t.rows().stream().map(r -> row(cells, r.key(), r.label(), r.items())).toList()));
		}
		return tables;
	}

	private static ReportRow row(Cells cells, String key, String label, List<ProactiveItem> items) {
		List<CellSource> sources = new ArrayList<>();
		for (ProactiveItem item : items) {
			sources.add(new CellSource.Registry(item));
		}
		return cells.row(SECTION, key, label, null, sources);
	}

	private static ReportTable table(Cells cells, String title, List<String> columns, List<ReportRow> rows) {
		ReportTable unchecked = new ReportTable(SECTION, title, null, columns, rows, List.of());
		return new ReportTable(SECTION, title, null, columns, rows, List.of(ReportChecks.noBlanks(unchecked, cells)))
			.under(TITLE, LABEL_HEADER);
	}

}
