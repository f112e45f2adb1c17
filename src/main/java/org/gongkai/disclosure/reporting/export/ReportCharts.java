package org.gongkai.disclosure.reporting.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The three charts of an exported report, drawn by JFreeChart as PNG (one picture for
 * .docx, .xlsx, HTML and PDF alike) with the bundled WenQuanYi Micro Hei, so the Chinese
 * labels render on a server without CJK fonts.
 */
public final class ReportCharts {

	/**
	 * One chart: its title, the PNG, and its figures as a table (for the .xlsx sheet and
	 * for screen readers).
	 */
	public record Chart(String title, byte[] png, List<String> labels, List<Long> values) {
	}

	static final int WIDTH = 900;
	static final int HEIGHT = 420;

	private static final Font BASE = loadFont();

	private ReportCharts() {
	}

	static List<Chart> of(ReportFigures.Figures figures) {
		List<String> months = IntStream.rangeClosed(1, 12).mapToObj(m -> m + "月").toList();
		List<Long> perMonth = Arrays.stream(figures.receivedPerMonth()).boxed().toList();
		return List.of(bar("每月收到申请数", "月份", "申请数（件）", months, perMonth, new Color(0x1F4E79)),
				bar("办理结果构成", "办理结果", "办结数（件）", List.copyOf(figures.outcomeMix().keySet()),
						List.copyOf(figures.outcomeMix().values()), new Color(0x9C2A1E)),
				bar("答复用时分布（收到申请至办结，工作日）", "工作日", "办结数（件）", List.copyOf(figures.workingDays().keySet()),
						List.copyOf(figures.workingDays().values()), new Color(0x2E6B3A)));
	}

	private static Chart bar(String title, String categoryAxis, String valueAxis, List<String> labels,
			List<Long> values, Color color) {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		for (int i = 0; i < labels.size(); i++) {
			data.addValue(values.get(i), valueAxis, labels.get(i));
		}
		StandardChartTheme theme = new StandardChartTheme("gongkai");
		theme.setExtraLargeFont(BASE.deriveFont(Font.PLAIN, 22f));
		theme.setLargeFont(BASE.deriveFont(Font.PLAIN, 16f));
		theme.setRegularFont(BASE.deriveFont(Font.PLAIN, 14f));
		theme.setSmallFont(BASE.deriveFont(Font.PLAIN, 12f));
		// the title is text beside the picture (caption, cell), so it can be searched and
		// read aloud
		JFreeChart chart = ChartFactory.createBarChart(null, categoryAxis, valueAxis, data, PlotOrientation.VERTICAL,
				false, false, false);
		theme.apply(chart);
		chart.setBackgroundPaint(Color.WHITE);
		CategoryPlot plot = chart.getCategoryPlot();
		plot.setBackgroundPaint(Color.WHITE);
		plot.setRangeGridlinePaint(new Color(0xBBBBBB));
		plot.setRangeGridlineStroke(new BasicStroke(0.5f));
		plot.setOutlineVisible(false);
		((NumberAxis) plot.getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
		BarRenderer renderer = (BarRenderer) plot.getRenderer();
		renderer.setBarPainter(new StandardBarPainter());
		renderer.setShadowVisible(false);
		renderer.setSeriesPaint(0, color);
		renderer.setMaximumBarWidth(0.08);
		renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator());
		renderer.setDefaultItemLabelsVisible(true);
		renderer.setDefaultItemLabelFont(BASE.deriveFont(Font.PLAIN, 12f));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ChartUtils.writeChartAsPNG(out, chart, WIDTH, HEIGHT);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return new Chart(title, out.toByteArray(), labels, values);
	}

	private static Font loadFont() {
		try (InputStream in = ReportCharts.class.getClassLoader().getResourceAsStream(ReportExports.FONT)) {
			if (in == null) {
				throw new IllegalStateException("Font file missing: classpath:" + ReportExports.FONT);
			}
			return Font.createFont(Font.TRUETYPE_FONT, in);
		}
		catch (IOException | FontFormatException e) {
			throw new IllegalStateException("The font file cannot be read", e);
		}
	}

}
