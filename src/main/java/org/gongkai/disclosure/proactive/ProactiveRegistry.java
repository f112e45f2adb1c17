package org.gongkai.disclosure.proactive;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.accounts.Role;
import org.gongkai.disclosure.agencies.Agencies;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.audit.AuditAction;
import org.gongkai.disclosure.audit.AuditResult;
import org.gongkai.disclosure.audit.AuditTrail;
import org.gongkai.disclosure.shared.InvalidFields;
import org.gongkai.disclosure.shared.Refusal;
import org.gongkai.disclosure.shared.Texts;
import org.gongkai.disclosure.shared.ids.AgencyId;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 主动公开 registry. Figures are entered by the agency's own 年报统计人员 or 公开工作机构负责人 (they
 * sign the report; case officers do not keep these registers), each with its source (the
 * system or register it was taken from) and an optional note, audited. Entries are
 * append-only: the current figure of an item is its latest entry, and the history stays
 * readable (drill-down). A batch is stored whole or not at all.
 */
@Service
public class ProactiveRegistry {

	/** Roles that may enter figures. */
	public static final List<Role> EDITORS = List.of(Role.STATISTICIAN, Role.HEAD_OF_OFFICE);

	private static final RowMapper<ProactiveEntry> ROW = (rs, n) -> new ProactiveEntry(rs.getObject("id", UUID.class),
			new AgencyId(rs.getObject("agency_id", UUID.class)), rs.getInt("year"),
			ProactiveItem.valueOf(rs.getString("item")), rs.getBigDecimal("value").stripTrailingZeros(),
			rs.getString("source"), rs.getString("note"), rs.getString("entered_name"),
			rs.getTimestamp("entered_at").toInstant());

	private final JdbcClient jdbc;

	private final Agencies agencies;

	private final AuditTrail audit;

	private final Clock clock;

	ProactiveRegistry(JdbcClient jdbc, Agencies agencies, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.agencies = agencies;
		this.audit = audit;
		this.clock = clock;
	}

	/** A figure to enter. */
	public record NewFigure(ProactiveItem item, BigDecimal value, String source, String note) {
	}

	/** The current figure of one item at one agency: its latest entry. */
	public record Figure(AgencyId agencyId, ProactiveItem item, BigDecimal value, UUID entryId) {
	}

	@PreAuthorize("hasAnyRole('STATISTICIAN', 'HEAD_OF_OFFICE')")
	@Transactional
	public List<ProactiveEntry> enter(GongkaiUser officer, String agencyCode, int year, List<NewFigure> figures) {
		Agency agency = agencies.byCode(agencyCode)
			.orElseThrow(() -> new Refusal("refusal.proactive.agency.notFound", agencyCode));
		mayEnter(officer, agency, year);
		checkYear(year);
		if (figures == null || figures.isEmpty()) {
			throw new Refusal("refusal.proactive.entry.empty");
		}
		List<ProactiveEntry> stored = new ArrayList<>();
		Instant now = clock.instant();
		for (NewFigure f : figures) {
			if (f == null || f.item() == null) {
				throw new Refusal("refusal.proactive.entry.itemMissing");
			}
			BigDecimal value = validValue(f.item(), f.value());
			String source = Texts.require(f.source(), "数据来源", 200);
			String note = Texts.optional(f.note(), "备注", 2000);
			UUID id = UUID.randomUUID();
			jdbc.sql("""
					insert into proactive_entry (id, agency_id, year, item, value, source, note, entered_by,
					                             entered_name, entered_at)
					values (:id, :agency, :year, :item, :value, :source, :note, :by, :name, :at)""")
				.param("id", id)
				.param("agency", agency.id().value())
				.param("year", year)
				.param("item", f.item().name())
				.param("value", value)
				.param("source", source)
				.param("note", note)
				.param("by", officer.id())
				.param("name", officer.displayName())
				.param("at", Timestamp.from(now))
				.update();
			audit.record(AuditAction.PROACTIVE_ENTRY, "proactive", agency.code() + "/" + year + "/" + f.item().name(),
					AuditResult.SUCCESS, "%s = %s（来源：%s%s）".formatted(f.item().description(), value.toPlainString(),
							source, note == null ? "" : "；备注：" + note));
			stored.add(new ProactiveEntry(id, agency.id(), year, f.item(), value.stripTrailingZeros(), source, note,
					officer.displayName(), now));
		}
		return stored;
	}

	/**
	 * One cell of the registry's grid as typed: the value as text (blank: not entered),
	 * the source and note of its row.
	 */
	public record TypedFigure(ProactiveItem item, String value, String source, String note) {
	}

	/**
	 * Enters a whole year's grid in one transaction: every cell checked, every problem
	 * reported at once ({@link InvalidFields}, keyed by the item's name for its value and
	 * {@code ITEM.source} / {@code ITEM.note} for its row's texts), nothing stored unless
	 * all are right. A blank cell is not entered, and a cell whose value, source and note
	 * are those of the item's latest entry is not entered again (the registry keeps a new
	 * entry only for a change). Returns the entries made.
	 */
	@PreAuthorize("hasAnyRole('STATISTICIAN', 'HEAD_OF_OFFICE')")
	@Transactional
	public List<ProactiveEntry> enterGrid(GongkaiUser officer, String agencyCode, int year, List<TypedFigure> cells) {
		Agency agency = agencies.byCode(agencyCode)
			.orElseThrow(() -> new Refusal("refusal.proactive.agency.notFound", agencyCode));
		mayEnter(officer, agency, year);
		checkYear(year);
		Map<ProactiveItem, ProactiveEntry> latest = latest(agency.id(), year);
		InvalidFields.Collector problems = new InvalidFields.Collector();
		List<NewFigure> changed = new ArrayList<>();
		for (TypedFigure cell : cells) {
			if (cell.value() == null || cell.value().isBlank()) {
				continue;
			}
			String key = cell.item().name();
			BigDecimal[] value = new BigDecimal[1];
			String[] texts = new String[2];
			problems.check(key, () -> value[0] = validValue(cell.item(), number(cell.item(), cell.value())));
			problems.check(key + ".source", () -> texts[0] = Texts.require(cell.source(), "数据来源", 200));
			problems.check(key + ".note", () -> texts[1] = Texts.optional(cell.note(), "备注", 2000));
			if (value[0] == null || texts[0] == null) {
				continue;
			}
			ProactiveEntry last = latest.get(cell.item());
			boolean same = last != null && last.value().compareTo(value[0]) == 0 && last.source().equals(texts[0])
					&& Objects.equals(last.note(), texts[1]);
			if (!same) {
				changed.add(new NewFigure(cell.item(), value[0], texts[0], texts[1]));
			}
		}
		problems.throwIfAny();
		return changed.isEmpty() ? List.of() : enter(officer, agencyCode, year, changed);
	}

	/**
	 * The 2019 format's 上一年项目数量 of each kind of item and the 本年增/减 that moves it: this
	 * year's 上一年项目数量 is last year's plus last year's 本年增/减.
	 */
	private static final Map<ProactiveItem, ProactiveItem> CARRIED = Map.of(ProactiveItem.LICENSING_ITEMS_PREVIOUS_YEAR,
			ProactiveItem.LICENSING_ITEMS_CHANGE, ProactiveItem.OTHER_SERVICES_ITEMS_PREVIOUS_YEAR,
			ProactiveItem.OTHER_SERVICES_ITEMS_CHANGE, ProactiveItem.PENALTY_ITEMS_PREVIOUS_YEAR,
			ProactiveItem.PENALTY_ITEMS_CHANGE, ProactiveItem.COERCION_ITEMS_PREVIOUS_YEAR,
			ProactiveItem.COERCION_ITEMS_CHANGE, ProactiveItem.FEE_ITEMS_PREVIOUS_YEAR, ProactiveItem.FEE_ITEMS_CHANGE);

	/**
	 * The figures a year carries into the next, from that year's latest entries: only the
	 * 2019 format's 上一年项目数量, where both it and its 本年增/减 were entered. Every other figure
	 * counts the year's own work (本年制发件数, 处理决定数量 …) or is a stock the year changes
	 * (现行有效件数, 对外公开总数量), and is not carried.
	 */
	public static Map<ProactiveItem, BigDecimal> carried(Map<ProactiveItem, ProactiveEntry> lastYear) {
		Map<ProactiveItem, BigDecimal> carried = new EnumMap<>(ProactiveItem.class);
		CARRIED.forEach((count, change) -> {
			ProactiveEntry before = lastYear.get(count);
			ProactiveEntry moved = lastYear.get(change);
			if (before != null && moved != null) {
				carried.put(count, before.value().add(moved.value()));
			}
		});
		return carried;
	}

	private void mayEnter(GongkaiUser officer, Agency agency, int year) {
		if (!EDITORS.contains(officer.role()) || !agency.id().equals(officer.agencyId())) {
			audit.recordAlone(AuditAction.PROACTIVE_ENTRY, "proactive", agency.code() + "/" + year, AuditResult.DENIED,
					"无权录入");
			throw new AccessDeniedException(
					"Only the agency's report statistician or the head of its disclosure office may enter proactive disclosure figures");
		}
	}

	private static BigDecimal number(ProactiveItem item, String text) {
		try {
			return new BigDecimal(text.strip().replace(",", "").replace("，", ""));
		}
		catch (NumberFormatException e) {
			throw new Refusal("refusal.proactive.value.notANumber", item.description(), text.strip());
		}
	}

	/** The latest entry of each item of an agency's year. */
	public Map<ProactiveItem, ProactiveEntry> latest(AgencyId agencyId, int year) {
		Map<ProactiveItem, ProactiveEntry> latest = new EnumMap<>(ProactiveItem.class);
		for (ProactiveEntry e : entries(agencyId, year)) {
			latest.putIfAbsent(e.item(), e);
		}
		return latest;
	}

	private static BigDecimal validValue(ProactiveItem item, BigDecimal value) {
		if (value == null) {
			throw new Refusal("refusal.proactive.value.missing", item.description());
		}
		if (value.signum() < 0 && !item.signed()) {
			throw new Refusal("refusal.proactive.value.negative", item.description());
		}
		if (value.stripTrailingZeros().scale() > item.scale()) {
			throw item.scale() == 0 ? new Refusal("refusal.proactive.value.notWhole", item.description())
					: new Refusal("refusal.proactive.value.decimals", item.description(), item.scale());
		}
		if (value.abs().compareTo(new BigDecimal("999999999999")) > 0) {
			throw new Refusal("refusal.proactive.value.tooLarge", item.description());
		}
		return value;
	}

	private void checkYear(int year) {
		if (year < 2008 || year > Year.now(clock).getValue()) {
			throw new Refusal("refusal.proactive.year.range");
		}
	}

	/**
	 * Current figures of each agency in {@code agencyIds} for the year (one query; items
	 * never entered are absent).
	 */
	public List<Figure> current(Collection<AgencyId> agencyIds, int year) {
		if (agencyIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select distinct on (agency_id, item) agency_id, item, value, id
				from proactive_entry where agency_id in (:agencies) and year = :year
				order by agency_id, item, seq desc""")
			.param("agencies", agencyIds.stream().map(AgencyId::value).toList())
			.param("year", year)
			.query((rs, n) -> new Figure(new AgencyId(rs.getObject("agency_id", UUID.class)),
					ProactiveItem.valueOf(rs.getString("item")), rs.getBigDecimal("value").stripTrailingZeros(),
					rs.getObject("id", UUID.class)))
			.list();
	}

	/**
	 * Every entry of an agency's year, newest first (the history behind each figure), for
	 * those who may read the agency's report: its own officers, and the statistician or
	 * head of a government above it.
	 */
	public List<ProactiveEntry> entriesFor(GongkaiUser reader, String agencyCode, int year) {
		Agency agency = agencies.byCode(agencyCode)
			.orElseThrow(() -> new Refusal("refusal.proactive.agency.notFound", agencyCode));
		boolean own = reader.role().readsReports() && agency.id().equals(reader.agencyId());
		boolean above = reader.agencyId() != null && EDITORS.contains(reader.role())
				&& agencies.isAncestorOf(reader.agencyId(), agency.id());
		if (!own && !above) {
			throw new AccessDeniedException(
					"Only the proactive disclosure figures of the own agency or its subordinate agencies may be viewed");
		}
		checkYear(year);
		return entries(agency.id(), year);
	}

	/** Every entry of an agency's year, newest first. Access checked by the caller. */
	public List<ProactiveEntry> entries(AgencyId agencyId, int year) {
		return jdbc.sql("select * from proactive_entry where agency_id = :agency and year = :year order by seq desc")
			.param("agency", agencyId.value())
			.param("year", year)
			.query(ROW)
			.list();
	}

	/** Every entry for one item over some agencies, newest first. */
	public List<ProactiveEntry> entries(Collection<AgencyId> agencyIds, int year, ProactiveItem item) {
		if (agencyIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select * from proactive_entry where agency_id in (:agencies) and year = :year and item = :item
				order by seq desc""")
			.param("agencies", agencyIds.stream().map(AgencyId::value).toList())
			.param("year", year)
			.param("item", item.name())
			.query(ROW)
			.list();
	}

}
