package org.gongkai.disclosure.reporting;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.gongkai.disclosure.shared.ids.AgencyId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Published reports: an append-only table of versioned JSON snapshots (the database
 * refuses UPDATE and DELETE). The first version is the publication; a later one is a 更正
 * (correction). The diff compares a snapshot with the report computed now, cell by cell
 * and text by text.
 */
@Repository
class Publications {

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	private final Clock clock;

	Publications(JdbcClient jdbc, ObjectMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	/** One published version (its content as stored). */
	record Snapshot(UUID id, int version, String format, boolean correction, String reason, Instant publishedAt,
			String publishedBy, JsonNode content) {
	}

	/** One difference between the published version and the report computed now. */
	public record Difference(String section, String table, String rowKey, String label, String column, String published,
			String current) {
	}

	Optional<Snapshot> latest(AgencyId agency, int year, ReportScope scope) {
		return versions(agency, year, scope, " limit 1").stream().findFirst();
	}

	/** Every published version of a report, newest first. */
	List<Snapshot> history(AgencyId agency, int year, ReportScope scope) {
		return versions(agency, year, scope, "");
	}

	private List<Snapshot> versions(AgencyId agency, int year, ReportScope scope, String limit) {
		return jdbc.sql("""
				select id, version, format, correction, reason, published_at, published_name, content::text
				from annual_report_snapshot where agency_id = ? and year = ? and scope = ?
				order by version desc""" + limit)
			.params(agency.value(), year, scope.name())
			.query((rs, n) -> new Snapshot(rs.getObject(1, UUID.class), rs.getInt(2), rs.getString(3), rs.getBoolean(4),
					rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getString(7), read(rs.getString(8))))
			.list();
	}

	/** The latest version of every published report, newest year first. */
	List<Published> everyLatest() {
		return jdbc.sql("""
				select distinct on (agency_id, year, scope) agency_id, year, scope, version, published_at
				from annual_report_snapshot order by agency_id, year, scope, version desc""")
			.query((rs, n) -> new Published(new AgencyId(rs.getObject(1, UUID.class)), rs.getInt(2),
					ReportScope.valueOf(rs.getString(3)), rs.getInt(4), rs.getTimestamp(5).toInstant()))
			.list();
	}

	/** One published report: its latest version. */
	record Published(AgencyId agency, int year, ReportScope scope, int version, Instant publishedAt) {
	}

	/**
	 * A snapshot's content as the report it froze; what the JSON derives (consistency,
	 * displayed values) is recomputed, not read.
	 */
	AnnualReport report(Snapshot snapshot) {
		try {
			return json.readerFor(AnnualReport.class)
				.without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
				.readValue(snapshot.content());
		}
		catch (IOException e) {
			throw new IllegalStateException("The published report cannot be read: " + e.getMessage(), e);
		}
	}

	Snapshot publish(AgencyId agency, ReportScope scope, AnnualReport report, String reason, UUID by, String byName) {
		int version = latest(agency, report.year(), scope).map(s -> s.version() + 1).orElse(1);
		UUID id = UUID.randomUUID();
		Instant now = clock.instant();
		AnnualReport frozen = report.withPublication(
				new AnnualReport.Publication(version, report.format(), now, byName, version > 1, false, 0));
		String content = write(frozen);
		jdbc.sql("""
				insert into annual_report_snapshot (id, agency_id, year, scope, format, version, correction,
				                                    reason, content, published_by, published_name, published_at)
				values (:id, :agency, :year, :scope, :format, :version, :correction, :reason,
				        cast(:content as jsonb), :by, :name, :at)""")
			.param("id", id)
			.param("agency", agency.value())
			.param("year", report.year())
			.param("scope", scope.name())
			.param("format", report.format())
			.param("version", version)
			.param("correction", version > 1)
			.param("reason", reason)
			.param("content", content)
			.param("by", by)
			.param("name", byName)
			.param("at", Timestamp.from(now))
			.update();
		return new Snapshot(id, version, report.format(), version > 1, reason, now, byName, read(content));
	}

	/**
	 * Cell-by-cell and text-by-text differences between a snapshot and a report computed
	 * now (same format).
	 */
	List<Difference> diff(JsonNode published, AnnualReport current) {
		JsonNode now = json.valueToTree(current);
		List<Difference> differences = new ArrayList<>();
		Map<String, JsonNode> before = rows(published);
		Map<String, JsonNode> after = rows(now);
		Map<String, String[]> where = new HashMap<>();
		for (JsonNode table : now.path("sections")) {
			for (JsonNode row : table.path("rows")) {
				where.put(rowId(table, row),
						new String[] { table.path("section").asText(), table.path("title").asText() });
			}
		}
		for (JsonNode table : published.path("sections")) {
			for (JsonNode row : table.path("rows")) {
				where.putIfAbsent(rowId(table, row),
						new String[] { table.path("section").asText(), table.path("title").asText() });
			}
		}
		Set<String> ids = new LinkedHashSet<>(after.keySet());
		ids.addAll(before.keySet());
		for (String id : ids) {
			JsonNode a = before.get(id);
			JsonNode b = after.get(id);
			JsonNode any = b != null ? b : a;
			JsonNode columns = any.path("_columns");
			int n = Math.max(a == null ? 0 : a.path("display").size(), b == null ? 0 : b.path("display").size());
			for (int c = 0; c < n; c++) {
				String was = a == null ? null : a.path("display").path(c).asText(null);
				String is = b == null ? null : b.path("display").path(c).asText(null);
				if (!Objects.equals(was, is)) {
					String[] w = where.get(id);
					differences.add(new Difference(w[0], w[1], any.path("key").asText(), any.path("label").asText(),
							columns.path(c).asText("第" + (c + 1) + "列"), was, is));
				}
			}
		}
		Map<String, String> textsBefore = texts(published);
		Map<String, String> textsAfter = texts(now);
		for (String section : Narratives.SECTIONS) {
			String was = textsBefore.get(section);
			String is = textsAfter.get(section);
			if (!Objects.equals(was, is)) {
				differences.add(new Difference(section, Narratives.TITLES.get(section), "TEXT", "正文", "正文", was, is));
			}
		}
		return differences;
	}

	private static String rowId(JsonNode table, JsonNode row) {
		return table.path("section").asText() + "|" + table.path("title").asText() + "|" + row.path("key").asText();
	}

	private static Map<String, JsonNode> rows(JsonNode report) {
		Map<String, JsonNode> rows = new LinkedHashMap<>();
		for (JsonNode table : report.path("sections")) {
			for (JsonNode row : table.path("rows")) {
				ObjectNode copy = row.deepCopy();
				copy.set("_columns", table.path("columns"));
				rows.put(rowId(table, row), copy);
			}
		}
		return rows;
	}

	private static Map<String, String> texts(JsonNode report) {
		Map<String, String> texts = new HashMap<>();
		for (JsonNode t : report.path("texts")) {
			texts.put(t.path("section").asText(), t.path("body").asText());
		}
		return texts;
	}

	/**
	 * The previous year's published 结转下年度 row of section 三 (values in column order), if
	 * published.
	 */
	Optional<List<Long>> publishedCarriedForward(AgencyId agency, int year, ReportScope scope) {
		return latest(agency, year, scope).flatMap(s -> {
			for (JsonNode table : s.content().path("sections")) {
				if (SectionThree.SECTION.equals(table.path("section").asText())) {
					for (JsonNode row : table.path("rows")) {
						if ("CARRIED_FORWARD".equals(row.path("key").asText())) {
							List<Long> values = new ArrayList<>();
							row.path("values").forEach(v -> values.add(v.isNull() ? null : v.asLong()));
							return Optional.of(values);
						}
					}
				}
			}
			return Optional.empty();
		});
	}

	private JsonNode read(String content) {
		try {
			return json.readTree(content);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException("unreadable snapshot", e);
		}
	}

	private String write(AnnualReport report) {
		try {
			return json.writeValueAsString(report);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException("report not serialisable", e);
		}
	}

}
