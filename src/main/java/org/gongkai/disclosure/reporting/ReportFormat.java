package org.gongkai.disclosure.reporting;

import java.util.ArrayList;
import java.util.List;

import org.gongkai.disclosure.shared.Refusal;

/**
 * One published layout of the annual report. Every format renders the same gathered
 * counts ({@link ReportData}, collected once, in SQL); a format only says which case
 * measures it needs and how its tables are laid out.
 */
interface ReportFormat {

	/** The {@code format=} value. */
	String name();

	/** Shown to people. */
	String label();

	List<CaseMeasure> caseMeasures();

	List<ReportTable> render(Cells cells);

	List<ReportFormat> ALL = List.of(new Format2021(), new Format2019(), new LocalFormats.Jilin2011(),
			new LocalFormats.Cangnan2012());

	static ReportFormat named(String name) {
		String wanted = name == null || name.isBlank() ? ReportCompiler.FORMAT_2021 : name;
		return ALL.stream()
			.filter(f -> f.name().equals(wanted))
			.findFirst()
			.orElseThrow(() -> new Refusal("refusal.reporting.format.unknown", name,
					String.join("、", ALL.stream().map(ReportFormat::name).toList())));
	}

	/** 国办公开办函〔2021〕30号: the default. */
	final class Format2021 implements ReportFormat {

		@Override
		public String name() {
			return ReportCompiler.FORMAT_2021;
		}

		@Override
		public String label() {
			return "2021年格式（国办公开办函〔2021〕30号）";
		}

		@Override
		public List<CaseMeasure> caseMeasures() {
			return SectionThree.measures();
		}

		@Override
		public List<ReportTable> render(Cells cells) {
			List<ReportTable> tables = new ArrayList<>(SectionTwo.format2021(cells));
			tables.add(SectionThree.render(cells, false));
			tables.add(FeeSection.render(cells));
			return tables;
		}

	}

	/** 国办公开办函〔2019〕60号 (试行), used for the 2019 and 2020 reports. */
	final class Format2019 implements ReportFormat {

		@Override
		public String name() {
			return ReportCompiler.FORMAT_2019;
		}

		@Override
		public String label() {
			return "2019年格式（国办公开办函〔2019〕60号）";
		}

		@Override
		public List<CaseMeasure> caseMeasures() {
			return SectionThree.measures();
		}

		@Override
		public List<ReportTable> render(Cells cells) {
			List<ReportTable> tables = new ArrayList<>(SectionTwo.format2019(cells));
			tables.add(SectionThree.render(cells, true));
			return tables;
		}

	}

}
