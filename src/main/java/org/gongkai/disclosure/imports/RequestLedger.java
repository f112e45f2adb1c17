package org.gongkai.disclosure.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.gongkai.disclosure.applicants.ApplicantCategory;
import org.gongkai.disclosure.casework.Channel;
import org.gongkai.disclosure.casework.history.HistoricCases.HistoricCase;
import org.gongkai.disclosure.casework.history.HistoricCases.RowProblem;
import org.gongkai.disclosure.casework.history.HistoricCases;
import org.gongkai.disclosure.decisions.Outcome;
import org.gongkai.disclosure.decisions.OutcomeGroup;
import org.gongkai.disclosure.shared.Refusal;

/**
 * Reads the cells of a request ledger into {@link HistoricCase}s: the applicant column,
 * the channel and the outcome by their labels or the words offices write for them
 * ({@link LedgerSynonyms}), dates in the forms Excel shows
 * ({@link HistoricCases#ledgerDate}). An outcome may be written bare ({@code 保护第三方合法权益}),
 * with its numbering ({@code 4.保护第三方合法权益}), or with its group before a slash
 * ({@code 不予公开/保护第三方合法权益}, {@code （六）其他处理/其他}); with a group, the leaf must belong to it.
 * Every problem of every row is collected, at most one per cell, none stops the reading;
 * every word read as another label is counted so the import can show it back.
 */
final class RequestLedger {

	/**
	 * The first report year in the 2021 format (国办公开办函〔2021〕30号), which splits （六）其他处理
	 * into three rows. The 2019 and 2020 reports used the 2019 format (国办公开办函〔2019〕60号),
	 * where 其他处理 is one row, and the local tables before it had no such split either: a
	 * case closed before this year may say just 其他处理 (counted under the 2021 format's
	 * 3.其他).
	 */
	static final int FIRST_YEAR_SPLITTING_OTHER = 2021;

	private RequestLedger() {
	}

	record Parsed(List<HistoricCase> cases, List<RowProblem> problems, List<ImportJob.Mapping> mappings) {
	}

	static Parsed parse(List<LedgerFile.Row> rows) {
		List<HistoricCase> cases = new ArrayList<>();
		List<RowProblem> problems = new ArrayList<>();
		LabelReadings readings = new LabelReadings();
		for (LedgerFile.Row row : rows) {
			int line = row.line();
			ApplicantCategory category = null;
			String type = row.get("applicant_type");
			if (!type.isEmpty()) {
				category = LedgerSynonyms.applicant(type);
				if (category == null) {
					problems.add(new RowProblem(line, "applicant_type",
							"申请人类型“%s”无法识别（如 自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他，或 公民、企业、社会组织、律师事务所、法人或其他组织）"
								.formatted(type)));
				}
				else {
					readings.read("申请人类型", type, category.label(), category.label());
				}
			}
			Channel channel = null;
			String ch = row.get("channel");
			if (!ch.isEmpty()) {
				channel = LedgerSynonyms.channel(ch);
				if (channel == null) {
					problems.add(new RowProblem(line, "channel",
							"申请渠道“%s”无法识别（如 网上申请、当面提交、邮寄、信件、平常信函、传真、电子邮件、微信、口头提出）".formatted(ch)));
				}
				else {
					readings.read("申请渠道", ch, channel.label(), channel.label());
				}
			}
			LocalDate received = HistoricCases.ledgerDate(row.get("received_on"), "received_on", "收到申请日期", line,
					problems);
			LocalDate closed = HistoricCases.ledgerDate(row.get("closed_on"), "closed_on", "办结日期", line, problems);
			Outcome outcome = null;
			String o = row.get("outcome");
			if (!o.isEmpty()) {
				try {
					outcome = outcome(o, closed);
					readings.read("办理结果", o, outcome.plainLabel(), outcome.displayLabel());
				}
				catch (IllegalArgumentException e) {
					problems.add(new RowProblem(line, "outcome", e.getMessage()));
				}
			}
			String info = row.get("information_sought");
			if (info.length() > 4000
					|| info.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
				problems.add(new RowProblem(line, "information_sought", "申请内容过长（最多4000字）或含控制字符"));
				info = "";
			}
			String reference = row.get("reference");
			cases.add(new HistoricCase(line, reference.isEmpty() ? null : reference, category, channel, received,
					closed, outcome, info.isEmpty() ? null : info));
		}
		return new Parsed(cases, problems, readings.mappings());
	}

	/**
	 * Resolves an outcome label as documented on the class, for a case closed on
	 * {@code closedOn} (null if not known): the group 其他处理 alone is the single row of the
	 * formats before {@value #FIRST_YEAR_SPLITTING_OTHER}.
	 */
	static Outcome outcome(String label, LocalDate closedOn) {
		Outcome known = LedgerSynonyms.outcome(label);
		if (known != null) {
			return known;
		}
		String text = label.strip().replace('／', '/');
		int slash = text.indexOf('/');
		if (slash > 0) {
			String groupText = text.substring(0, slash).strip();
			String leafText = text.substring(slash + 1).strip();
			OutcomeGroup group = group(groupText);
			if (group == null) {
				throw new Refusal("refusal.imports.ledger.unknownGroup", label, groupText);
			}
			for (Outcome o : Outcome.in(group)) {
				if (o.plainLabel().equals(leafText) || o.rowLabel().equals(leafText)) {
					return o;
				}
			}
			throw new Refusal("refusal.imports.ledger.leafNotInGroup", label, leafText, group.plainLabel(),
					leaves(group));
		}
		OutcomeGroup group = group(text);
		if (group == OutcomeGroup.OTHER && (closedOn == null || closedOn.getYear() < FIRST_YEAR_SPLITTING_OTHER)) {
			return Outcome.OTHER_OTHER;
		}
		if (group != null) {
			throw group == OutcomeGroup.OTHER
					? new Refusal("refusal.imports.ledger.otherIsAGroup", label, leaves(group),
							FIRST_YEAR_SPLITTING_OTHER)
					: new Refusal("refusal.imports.ledger.isAGroup", label, leaves(group));
		}
		throw new Refusal("refusal.imports.ledger.unknownOutcome", label);
	}

	private static OutcomeGroup group(String text) {
		String key = LedgerSynonyms.key(text);
		for (OutcomeGroup g : OutcomeGroup.values()) {
			if (LedgerSynonyms.key(g.label()).equals(key) || LedgerSynonyms.key(g.plainLabel()).equals(key)) {
				return g;
			}
		}
		return null;
	}

	private static String leaves(OutcomeGroup group) {
		return String.join("、", Outcome.in(group).stream().map(Outcome::plainLabel).toList());
	}

}
