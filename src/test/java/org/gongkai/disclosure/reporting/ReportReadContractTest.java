package org.gongkai.disclosure.reporting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The architecture rule of the report's read contract (issue 10 item 5): the SQL in
 * {@code reporting} (and {@code reporting.export}) reads only reporting's own tables and
 * the views the owning modules offer for it, never another module's table — a dependency
 * Spring Modulith cannot see. No relation a statement of reporting reads or writes
 * ({@code from}, {@code join}, {@code into}, {@code update}, in any string literal or
 * text block of its sources) may be a table the migrations create, other than
 * {@link #OWN_TABLES}; each of the {@link #CONTRACT_VIEWS} must be created by a migration
 * that names its owner.
 */
class ReportReadContractTest {

	static final Path SOURCES = Path.of("src/main/java/org/gongkai/disclosure/reporting");

	static final Path MIGRATIONS = Path.of("db/migration");

	/** Tables reporting owns (V30, V72). */
	static final Set<String> OWN_TABLES = Set.of("report_narrative", "annual_report_snapshot", "report_deadline",
			"report_export");

	/** The views other modules own for the report (V70). */
	static final Set<String> CONTRACT_VIEWS = Set.of("case_report", "fee_report", "appeal_report");

	private static final Pattern TEXT_BLOCK = Pattern.compile("\"\"\"(.*?)\"\"\"", Pattern.DOTALL);

	private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");

	private static final Pattern RELATION = Pattern
		.compile("(?i)\\b(?:from|join|into|update)\\s+([a-z_][a-z0-9_.]*)\\b(?!\\s*\\()");

	/**
	 * A keyword that does not name a relation: extract(month from d), a is distinct from
	 * b, on conflict do update.
	 */
	private static final Pattern NOT_A_RELATION = Pattern
		.compile("(?i)\\b(extract|substring|trim)\\s*\\([^()]*?\\bfrom\\b|\\bdistinct\\s+from\\b|\\bdo\\s+update\\b");

	private static final Pattern CREATE_TABLE = Pattern
		.compile("(?i)\\bcreate\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)");

	/** Every table the migrations create. */
	private static final Set<String> TABLES = tables();

	@Test
	void reportingReadsOnlyItsOwnTablesAndTheContractViews() throws IOException {
		List<Path> files;
		try (Stream<Path> walk = Files.walk(SOURCES)) {
			files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
		}
		assertThat(files).as("reporting's sources").isNotEmpty();
		assertThat(TABLES).as("the migrations' tables").containsAll(OWN_TABLES).contains("disclosure_case", "appeal");
		List<String> violations = new ArrayList<>();
		Set<String> read = new LinkedHashSet<>();
		for (Path file : files) {
			String statements = String.join("\n", literals(Files.readString(file)));
			read.addAll(relations(statements));
			foreignRelations(statements).forEach(t -> violations.add(SOURCES.relativize(file) + " names " + t));
		}
		assertThat(read).as("the scan finds what reporting reads").containsAll(CONTRACT_VIEWS);
		assertThat(violations).as("reporting must read other modules' data through their report views").isEmpty();
	}

	@Test
	void theScanCatchesATableNamedInATextBlockOrAString() {
		String textBlock = "\"\"\"\n\t\t\twith counted as (select * from appeal a)\n"
				+ "\t\t\tselect * from counted join case_report c on c.id = counted.case_id\"\"\"";
		String concatenated = "\"select c.reference from disclosure_case c \" + \"join agency a on a.id = c.agency_id\"";
		assertThat(foreignRelations(String.join("\n", literals(textBlock)))).containsExactly("appeal");
		assertThat(foreignRelations(String.join("\n", literals(concatenated)))).containsExactly("disclosure_case",
				"agency");
		assertThat(foreignRelations("select extract(month from received_on) from case_report, "
				+ "generate_series(1, 2) g where x in (select 1 from fee_report) and a is distinct from b"))
			.isEmpty();
		assertThat(foreignRelations("insert into report_narrative values (1) on conflict do update set body = 1"))
			.isEmpty();
	}

	@Test
	void everyContractViewIsCreatedByAMigrationThatNamesItsOwner() {
		String sql = migrations();
		for (String view : CONTRACT_VIEWS) {
			assertThat(sql).as(view).contains("create view " + view + " as");
			assertThat(sql).as(view + " names its owner")
				.containsPattern("comment on view " + view + " is\\s+'Owned by (casework|appeals)\\.");
		}
	}

	/** The tables of other modules the statements name. */
	static Set<String> foreignRelations(String statements) {
		Set<String> foreign = new LinkedHashSet<>();
		for (String relation : relations(statements)) {
			if (TABLES.contains(relation) && !OWN_TABLES.contains(relation)) {
				foreign.add(relation);
			}
		}
		return foreign;
	}

	private static List<String> relations(String statements) {
		List<String> names = new ArrayList<>();
		Matcher m = RELATION.matcher(NOT_A_RELATION.matcher(statements).replaceAll("$1("));
		while (m.find()) {
			names.add(m.group(1).toLowerCase());
		}
		return names;
	}

	/** Every string literal and text block of a source, in order. */
	static List<String> literals(String source) {
		List<String> found = new ArrayList<>();
		Matcher block = TEXT_BLOCK.matcher(source);
		StringBuilder rest = new StringBuilder();
		while (block.find()) {
			found.add(block.group(1));
			block.appendReplacement(rest, "");
		}
		block.appendTail(rest);
		Matcher literal = LITERAL.matcher(rest);
		while (literal.find()) {
			found.add(literal.group(1));
		}
		return found;
	}

	private static Set<String> tables() {
		Set<String> tables = new LinkedHashSet<>();
		Matcher m = CREATE_TABLE.matcher(migrations());
		while (m.find()) {
			tables.add(m.group(1).toLowerCase());
		}
		return tables;
	}

	private static String migrations() {
		StringBuilder sql = new StringBuilder();
		try (Stream<Path> files = Files.list(MIGRATIONS)) {
			for (Path p : files.filter(f -> f.toString().endsWith(".sql")).sorted().toList()) {
				sql.append(Files.readString(p)).append('\n');
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return sql.toString();
	}

}
