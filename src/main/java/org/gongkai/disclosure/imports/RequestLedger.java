package org.gongkai.disclosure.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.gongkai.disclosure.applicants.ApplicantCategory;
import org.gongkai.disclosure.casework.Channel;
import org.gongkai.disclosure.casework.history.HistoricCases;
import org.gongkai.disclosure.casework.history.HistoricCases.HistoricCase;
import org.gongkai.disclosure.casework.history.HistoricCases.RowProblem;
import org.gongkai.disclosure.decisions.Outcome;
import org.gongkai.disclosure.decisions.OutcomeGroup;

/**
 * Reads the cells of a request ledger into {@link HistoricCase}s: the applicant column by
 * its official label, the channel by the names offices use, dates strictly as
 * {@code YYYY-MM-DD}, and the outcome by its leaf label. A leaf label may be written bare
 * ({@code 保护第三方合法权益}), with its numbering ({@code 4.保护第三方合法权益}), or with its group before
 * a slash ({@code 不予公开/保护第三方合法权益}, {@code （六）其他处理/其他}); with a group, the leaf must
 * belong to it. Every problem of every row is collected, none stops the reading.
 */
final class RequestLedger {

	private static final Map<String, Channel> CHANNELS = new HashMap<>();

	static {
		for (Channel c : Channel.values()) {
			CHANNELS.put(c.name().toLowerCase(Locale.ROOT), c);
			CHANNELS.put(c.label(), c);
		}
		channel(Channel.ONLINE, "网上申请", "在线申请", "互联网", "网络", "网上", "在线", "政府网站", "门户网站", "网站", "互联网申请", "依申请公开系统");
		channel(Channel.IN_PERSON, "当面", "当面申请", "当面提交", "现场", "现场申请", "窗口", "窗口申请", "来访");
		channel(Channel.REGISTERED_MAIL, "邮寄", "邮寄申请", "信函", "挂号信", "EMS", "快递", "邮政");
		channel(Channel.ORDINARY_LETTER, "平信", "平常信函", "普通信函");
		channel(Channel.FAX, "传真申请");
		channel(Channel.EMAIL, "电子邮件申请", "邮件", "email", "e-mail", "电邮");
		channel(Channel.ORAL, "口头", "口头申请", "口头提出", "电话");
	}

	private RequestLedger() {
	}

	private static void channel(Channel c, String... names) {
		for (String n : names) {
			CHANNELS.put(n.toLowerCase(Locale.ROOT), c);
		}
	}

	record Parsed(List<HistoricCase> cases, List<RowProblem> problems) {
	}

	static Parsed parse(List<LedgerFile.Row> rows) {
		List<HistoricCase> cases = new ArrayList<>();
		List<RowProblem> problems = new ArrayList<>();
		for (LedgerFile.Row row : rows) {
			int line = row.line();
			ApplicantCategory category = null;
			String type = row.get("applicant_type");
			if (!type.isEmpty()) {
				try {
					category = ApplicantCategory.fromLabel(type);
				}
				catch (IllegalArgumentException e) {
					problems.add(new RowProblem(line,
							"申请人类型“%s”无法识别（须为 自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他 之一）".formatted(type)));
				}
			}
			Channel channel = null;
			String ch = row.get("channel");
			if (!ch.isEmpty()) {
				channel = CHANNELS.get(ch.toLowerCase(Locale.ROOT));
				if (channel == null) {
					problems.add(new RowProblem(line, "申请渠道“%s”无法识别（如 网上申请、当面提交、邮寄、平常信函、传真、电子邮件、口头提出）".formatted(ch)));
				}
			}
			LocalDate received = HistoricCases.ledgerDate(row.get("received_on"), "收到申请日期（received_on）", line,
					problems);
			LocalDate closed = HistoricCases.ledgerDate(row.get("closed_on"), "办结日期（closed_on）", line, problems);
			Outcome outcome = null;
			String o = row.get("outcome");
			if (!o.isEmpty()) {
				try {
					outcome = outcome(o);
				}
				catch (IllegalArgumentException e) {
					problems.add(new RowProblem(line, e.getMessage()));
				}
			}
			String info = row.get("information_sought");
			if (info.length() > 4000
					|| info.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
				problems.add(new RowProblem(line, "申请内容过长（最多4000字）或含控制字符"));
				info = "";
			}
			String reference = row.get("reference");
			cases.add(new HistoricCase(line, reference.isEmpty() ? null : reference, category, channel, received,
					closed, outcome, info.isEmpty() ? null : info));
		}
		return new Parsed(cases, problems);
	}

	/** Resolves an outcome label as documented on the class. */
	static Outcome outcome(String label) {
		String text = label.strip().replace('／', '/');
		for (Outcome o : Outcome.values()) {
			if (o.name().equals(text) || o.plainLabel().equals(text) || o.rowLabel().equals(text)
					|| o.displayLabel().equals(text)) {
				return o;
			}
		}
		int slash = text.indexOf('/');
		if (slash > 0) {
			String groupText = text.substring(0, slash).strip();
			String leafText = text.substring(slash + 1).strip();
			OutcomeGroup group = null;
			for (OutcomeGroup g : OutcomeGroup.values()) {
				if (g.label().equals(groupText) || g.plainLabel().equals(groupText)) {
					group = g;
				}
			}
			if (group == null) {
				throw new IllegalArgumentException(
						"办理结果“%s”中的类别“%s”无法识别（不予公开、无法提供、不予处理、其他处理）".formatted(label, groupText));
			}
			for (Outcome o : Outcome.in(group)) {
				if (o.plainLabel().equals(leafText) || o.rowLabel().equals(leafText)) {
					return o;
				}
			}
			throw new IllegalArgumentException(
					"办理结果“%s”：“%s”不是“%s”下的情形".formatted(label, leafText, group.plainLabel()));
		}
		for (OutcomeGroup g : OutcomeGroup.values()) {
			if (g.label().equals(text) || g.plainLabel().equals(text)) {
				throw new IllegalArgumentException(
						"办理结果“%s”是类别，请填写其下的具体情形（如 %s）".formatted(label, Outcome.in(g).get(0).plainLabel()));
			}
		}
		throw new IllegalArgumentException(
				"办理结果“%s”无法识别（须为2021年格式第三部分的末级情形，如 予以公开、部分公开、保护第三方合法权益、重复申请）".formatted(label));
	}

}
