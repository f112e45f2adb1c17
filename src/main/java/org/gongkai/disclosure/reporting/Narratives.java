package org.gongkai.disclosure.reporting;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.gongkai.disclosure.decisions.Outcome;
import org.gongkai.disclosure.decisions.OutcomeGroup;
import org.gongkai.disclosure.proactive.ProactiveItem;
import org.gongkai.disclosure.shared.ids.AgencyId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Sections 一, 五 and 六: the agency's own text per year, or until it is edited a draft
 * generated from the figures of the report (一 covers the five subjects the 2021 format
 * (国办公开办函〔2021〕30号) asks for — 主动公开 and 依申请公开 from the registry and the requests, 政府信息管理,
 * 平台建设 and 监督保障 as placeholders the agency must write; 五 names what the figures show; 六
 * quotes the 信息处理费 figures from the fee records). A placeholder ({@link #PLACEHOLDERS})
 * left in any text keeps the report from being published.
 */
@Repository
class Narratives {

	static final Map<String, String> TITLES = Map.of("一", "一、总体情况", "五", "五、存在的主要问题及改进情况", "六", "六、其他需要报告的事项");
	static final List<String> SECTIONS = List.of("一", "五", "六");

	/** The five subjects of section 一 in the 2021 format, in order. */
	static final List<String> OVERVIEW_SUBJECTS = List.of("（一）主动公开", "（二）依申请公开", "（三）政府信息管理", "（四）政府信息公开平台建设",
			"（五）监督保障");

	/**
	 * The marks a draft leaves where the agency must write: text it cannot know from the
	 * records. Publishing is refused while any text still holds one.
	 */
	static final List<String> PLACEHOLDERS = List.of("……", "（草稿", "（请填写");

	/** The placeholders {@code body} still holds, in {@link #PLACEHOLDERS} order. */
	static List<String> placeholdersIn(String body) {
		return PLACEHOLDERS.stream().filter(body::contains).toList();
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	Narratives(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	Optional<String> stored(AgencyId agency, int year, String section) {
		return jdbc.sql("select body from report_narrative where agency_id = ? and year = ? and section = ?")
			.params(agency.value(), year, section)
			.query(String.class)
			.optional();
	}

	void save(AgencyId agency, int year, String section, String body, UUID by) {
		jdbc.sql("""
				insert into report_narrative (agency_id, year, section, body, updated_by, updated_at)
				values (:agency, :year, :section, :body, :by, :at)
				on conflict (agency_id, year, section) do update
				    set body = excluded.body, updated_by = excluded.updated_by, updated_at = excluded.updated_at""")
			.param("agency", agency.value())
			.param("year", year)
			.param("section", section)
			.param("body", body)
			.param("by", by)
			.param("at", Timestamp.from(clock.instant()))
			.update();
	}

	List<ReportText> texts(AgencyId agency, int year, Cells cells, String agencyName) {
		List<ReportText> texts = new ArrayList<>();
		for (String section : SECTIONS) {
			Optional<String> own = stored(agency, year, section);
			texts.add(own.map(body -> new ReportText(section, TITLES.get(section), body, false))
				.orElseGet(() -> new ReportText(section, TITLES.get(section), draft(section, year, cells, agencyName),
						true)));
		}
		return texts;
	}

	static String draft(String section, int year, Cells cells, String agencyName) {
		return switch (section) {
			case "一" -> overview(year, cells, agencyName);
			case "五" -> problems(year, cells);
			case "六" -> other(year, cells);
			default -> throw new IllegalArgumentException(section);
		};
	}

	private static long cases(Cells cells, CaseMeasure measure) {
		return cells.data().cases().count(measure, null);
	}

	private static long closedIn(Cells cells, OutcomeGroup group) {
		long n = 0;
		for (var outcome : Outcome.in(group)) {
			n += cases(cells, CaseMeasure.closedAs(outcome));
		}
		return n;
	}

	private static String overview(int year, Cells cells, String agencyName) {
		StringBuilder text = new StringBuilder();
		text.append("%d年，%s认真贯彻落实《中华人民共和国政府信息公开条例》。\n".formatted(year, agencyName));
		StringBuilder registry = new StringBuilder();
		appendFigure(registry, cells, ProactiveItem.REGULATIONS_ISSUED, "制发规章%s件");
		appendFigure(registry, cells, ProactiveItem.NORMATIVE_ISSUED, "制发行政规范性文件%s件");
		appendFigure(registry, cells, ProactiveItem.LICENSING_DECISIONS, "公开行政许可决定%s件");
		appendFigure(registry, cells, ProactiveItem.PENALTY_DECISIONS, "行政处罚决定%s件");
		appendFigure(registry, cells, ProactiveItem.COERCION_DECISIONS, "行政强制决定%s件");
		text.append(OVERVIEW_SUBJECTS.get(0)).append("\n");
		if (!registry.isEmpty()) {
			text.append("主动公开方面，本年").append(registry).append("。");
		}
		text.append("（请填写：主动公开的重点领域、渠道和解读回应情况）……\n");
		long received = cases(cells, CaseMeasure.RECEIVED);
		long carried = cases(cells, CaseMeasure.CARRIED_OVER);
		long closed = cases(cells, CaseMeasure.CLOSED);
		long forward = cases(cells, CaseMeasure.CARRIED_FORWARD);
		text.append(OVERVIEW_SUBJECTS.get(1)).append("\n");
		text.append("依申请公开方面，本年新收政府信息公开申请%d件，上年结转%d件；本年办结%d件，".formatted(received, carried, closed));
		text.append("其中予以公开%d件、部分公开%d件、不予公开%d件、无法提供%d件、不予处理%d件、其他处理%d件；".formatted(
				cases(cells, CaseMeasure.closedAs(Outcome.DISCLOSED)),
				cases(cells, CaseMeasure.closedAs(Outcome.PARTLY_DISCLOSED)), closedIn(cells, OutcomeGroup.WITHHELD),
				closedIn(cells, OutcomeGroup.UNAVAILABLE), closedIn(cells, OutcomeGroup.NOT_PROCESSED),
				closedIn(cells, OutcomeGroup.OTHER)));
		text.append("结转下年度继续办理%d件。\n".formatted(forward));
		text.append(OVERVIEW_SUBJECTS.get(2)).append("\n（请填写：政府信息公开属性认定、公开前审查、规范性文件清理等情况）……\n");
		text.append(OVERVIEW_SUBJECTS.get(3)).append("\n（请填写：政府网站、政务新媒体、政府公报等平台建设情况）……\n");
		text.append(OVERVIEW_SUBJECTS.get(4)).append("\n（请填写：工作机构和人员、培训、考核、社会评议和责任追究等情况）……");
		return text.toString();
	}

	private static void appendFigure(StringBuilder out, Cells cells, ProactiveItem item, String pattern) {
		Long v = cells.value(new CellSource.Registry(item));
		if (v != null) {
			out.append(out.isEmpty() ? "" : "，")
				.append(pattern.formatted(BigDecimal.valueOf(v, item.scale()).toPlainString()));
		}
	}

	private static String problems(int year, Cells cells) {
		long closed = cases(cells, CaseMeasure.CLOSED);
		long refused = closedIn(cells, OutcomeGroup.WITHHELD) + closedIn(cells, OutcomeGroup.UNAVAILABLE);
		long forward = cases(cells, CaseMeasure.CARRIED_FORWARD);
		return ("（草稿，请根据实际情况修改）%d年本机关办结的%d件申请中，不予公开和无法提供共%d件，结转下年度继续办理%d件。" + "存在的主要问题：……。改进措施：……。").formatted(year,
				closed, refused, forward);
	}

	private static String other(int year, Cells cells) {
		long notices = cells.value(new CellSource.Fees(FeeStatistics.FeeMeasure.NOTICES, 0));
		long paid = cells.value(new CellSource.Fees(FeeStatistics.FeeMeasure.PAID, 0));
		long yuan = cells.value(new CellSource.Fees(FeeStatistics.FeeMeasure.COLLECTED_YUAN, 0));
		if (notices == 0 && paid == 0) {
			return "依据《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）规定，%d年本机关未发出收费通知，未收取信息处理费。".formatted(year);
		}
		return "依据《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）规定，%d年本机关发出收费通知%d件，实际收取信息处理费%d件，共计%d元。".formatted(year, notices, paid,
				yuan);
	}

}
