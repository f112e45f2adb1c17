package org.gongkai.disclosure.appeals.history;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.gongkai.disclosure.audit.AuditLine;
import org.gongkai.disclosure.audit.AuditTrail;
import org.gongkai.disclosure.shared.ids.AppealId;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only history of each appeal ({@code appeal_history}; the database refuses
 * UPDATE and DELETE).
 */
@Repository
public class AppealHistory {

	public static final String SYSTEM = "系统";

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	private final ApplicationEventPublisher events;

	private final AuditTrail audit;

	AppealHistory(JdbcClient jdbc, ObjectMapper json, ApplicationEventPublisher events, AuditTrail audit) {
		this.jdbc = jdbc;
		this.json = json;
		this.events = events;
		this.audit = audit;
	}

	/**
	 * The history line and the audit line of one act, in one transaction (the caller's,
	 * or a new one).
	 */
	@Transactional
	public void append(AppealId appealId, UUID actorId, String actorName, String action, Map<String, String> detail,
			AuditLine audited) {
		append(appealId, actorId, actorName, action, detail);
		audit.record(audited.action(), "appeal", appealId, audited.result(), audited.detail());
	}

	public void append(AppealId appealId, UUID actorId, String actorName, String action, Map<String, String> detail) {
		try {
			jdbc.sql("""
					insert into appeal_history (appeal_id, occurred_at, actor_id, actor_name, action, detail)
					values (?, now(), ?, ?, ?, cast(? as jsonb))""")
				.params(appealId.value(), actorId, actorName, action, json.writeValueAsString(detail))
				.update();
			events.publishEvent(new AppealHistoryWritten(appealId, action, detail));
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

	public List<Entry> of(AppealId appealId) {
		return jdbc
			.sql("select occurred_at, actor_name, action, detail::text from appeal_history where appeal_id = ? "
					+ "order by id")
			.param(appealId.value())
			.query((rs, n) -> new Entry(rs.getObject(1, OffsetDateTime.class).toInstant(), rs.getString(2),
					rs.getString(3), readDetail(rs.getString(4))))
			.list();
	}

	@SuppressWarnings("unchecked")
	private Map<String, String> readDetail(String text) {
		try {
			return json.readValue(text, Map.class);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Each action in words. */
	private static final Map<String, String> ACTIONS = Map.ofEntries(Map.entry("REGISTERED", "登记"),
			Map.entry("ANSWERED", "提交答复（答辩）及证据"), Map.entry("REMINDED", "答复期限临近提醒"),
			Map.entry("ESCALATED", "答复期限届满，提请负责人督办"), Map.entry("DECIDED", "登记决定（裁判）"), Map.entry("WITHDRAWN", "登记撤回"),
			Map.entry("REANSWER_ORDERED", "原申请转入重新答复"), Map.entry("REDATED", "节假日安排变更，答复期限重新计算"),
			Map.entry("IMPORTED", "自台账导入"), Map.entry("LEDGER_CLOSED", "登记台账案件结果"));

	/**
	 * Each detail in words, in the order shown; keys not listed (internal ids such as the
	 * import job or the decision type's code) are not shown.
	 */
	private static final Map<String, String> DETAILS = linked("kind", "类型", "body", "复议机关/法院", "filedOn", "申请（起诉）日期",
			"copyReceivedOn", "收到副本日期", "procedure", "程序", "answerDueOn", "答复期限", "answerDueBefore", "原答复期限", "basis",
			"依据", "answeredOn", "答复日期", "label", "决定（裁判）", "decidedOn", "决定日期", "receivedOn", "收到日期", "on", "日期",
			"caseReference", "申请编号", "year", "节假日年度", "source", "节假日安排来源", "line", "台账行号", "closedOn", "审结日期", "result",
			"结果");

	private static Map<String, String> linked(String... keysAndLabels) {
		Map<String, String> map = new LinkedHashMap<>();
		for (int i = 0; i < keysAndLabels.length; i += 2) {
			map.put(keysAndLabels[i], keysAndLabels[i + 1]);
		}
		return map;
	}

	/**
	 * One line of an appeal's history. Actions: REGISTERED, ANSWERED, REMINDED,
	 * ESCALATED, DECIDED, WITHDRAWN, REANSWER_ORDERED, REDATED (a calendar change moved
	 * the answer deadline), DOCUMENT_SENT and DOCUMENT_SERVED (送达 of its documents),
	 * IMPORTED, LEDGER_CLOSED; shown in words ({@link #actionLabel()},
	 * {@link #detailText()}).
	 */
	public record Entry(Instant occurredAt, String actorName, String action, Map<String, String> detail) {

		/** Beijing time to the minute. */
		public String occurredAtText() {
			return OffsetDateTime.ofInstant(occurredAt, ZoneOffset.ofHours(8))
				.toLocalDateTime()
				.truncatedTo(ChronoUnit.MINUTES)
				.toString()
				.replace('T', ' ');
		}

		/** The action in words. */
		public String actionLabel() {
			return ACTIONS.getOrDefault(action, action);
		}

		/** The detail in words: 「答复期限：2024-10-15；依据：…」, internal codes left out. */
		public String detailText() {
			StringJoiner text = new StringJoiner("；");
			DETAILS.forEach((key, label) -> {
				String value = detail.get(key);
				if (value != null && !value.isBlank()) {
					text.add(label + "：" + value);
				}
			});
			if ("true".equals(detail.get("late"))) {
				text.add("逾期提交");
			}
			return text.toString();
		}
	}

}
