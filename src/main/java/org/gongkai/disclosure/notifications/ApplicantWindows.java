package org.gongkai.disclosure.notifications;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.gongkai.disclosure.casework.ApplicantToDos;
import org.gongkai.disclosure.casework.history.LedgerAction;
import org.gongkai.disclosure.casework.history.LedgerLineWritten;
import org.gongkai.disclosure.shared.ids.CaseId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The windows in which an applicant has to act (补正, 缴费, 说明理由), followed from the case
 * ledger ({@code notification_window}): opened by the notice with its last day, closed by
 * the line that ends the wait (the answer, the payment, the lapse, a withdrawal or any
 * other end of the case).
 */
@Repository
class ApplicantWindows implements ApplicantToDos {

	private final JdbcClient jdbc;

	ApplicantWindows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Whether a line of {@code action} opens, re-dates or closes a window. */
	static boolean follows(LedgerAction action) {
		return Kind.openedBy(action) != null || action == LedgerAction.WINDOW_STARTED
				|| action == LedgerAction.LAPSE_EXCUSED || !Kind.closedBy(action).isEmpty();
	}

	/** Opens or closes a window if {@code line} does. */
	void follow(LedgerLineWritten line, UUID applicantId) {
		Kind opened = Kind.openedBy(line.action());
		if (opened != null) {
			String due = line.detail().get("dueOn");
			jdbc.sql("""
					insert into notification_window (case_id, kind, applicant_id, due_on, opened_by)
					values (?, ?, ?, ?, ?)
					on conflict (case_id, kind) do update set due_on = excluded.due_on, opened_by = excluded.opened_by,
					    closed_by = null""")
				.params(line.caseId().value(), opened.name(), applicantId, due == null ? null : LocalDate.parse(due),
						line.ledgerId())
				.update();
		}
		if (line.action() == LedgerAction.WINDOW_STARTED || line.action() == LedgerAction.LAPSE_EXCUSED) {
			// the window runs from the addressee's receipt, or was given a new last day
			// (docs/clocks.md): its last day is known only now
			Kind started = Kind.named(line.detail().get("kind"));
			String due = line.detail().getOrDefault("dueOn", line.detail().get("dueAfter"));
			if (started != null && due != null) {
				jdbc.sql("""
						update notification_window set due_on = ?
						where case_id = ? and kind = ? and closed_by is null""")
					.params(LocalDate.parse(due), line.caseId().value(), started.name())
					.update();
			}
		}
		List<String> closed = Kind.closedBy(line.action()).stream().map(Kind::name).toList();
		if (!closed.isEmpty()) {
			jdbc.sql("""
					update notification_window set closed_by = :line
					where case_id = :caseId and kind in (:kinds) and closed_by is null""")
				.param("line", line.ledgerId())
				.param("caseId", line.caseId().value())
				.param("kinds", closed)
				.update();
		}
	}

	/** The open windows whose last day is {@code from} or later, soonest first. */
	List<Window> openEndingFrom(LocalDate from) {
		return jdbc.sql("""
				select case_id, kind, applicant_id, due_on from notification_window
				where closed_by is null and due_on >= ? order by due_on, case_id""")
			.param(from)
			.query((rs, n) -> new Window(rs.getObject("case_id", UUID.class), Kind.valueOf(rs.getString("kind")),
					rs.getObject("applicant_id", UUID.class), rs.getObject("due_on", LocalDate.class)))
			.list();
	}

	/** The open window of a case that ends first, if the case waits for its applicant. */
	/**
	 * What 我的申请 flags as 「需要您处理」: of each of {@code cases}, the open window (the one due
	 * first) whose 补正, fee payment or explanation awaits the applicant, in one query.
	 */
	@Override
	public Map<CaseId, ApplicantToDos.ToDo> openFor(Collection<CaseId> cases) {
		if (cases.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("""
				select distinct on (case_id) case_id, kind, due_on from notification_window
				where case_id = any(?) and closed_by is null order by case_id, due_on nulls last""")
			.param(cases.stream().map(CaseId::value).toArray(UUID[]::new))
			.query((rs, n) -> Map.entry(new CaseId(rs.getObject("case_id", UUID.class)),
					new ApplicantToDos.ToDo(rs.getString("kind"), rs.getObject("due_on", LocalDate.class))))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	record Window(UUID caseId, Kind kind, UUID applicantId, LocalDate dueOn) {
	}

	/** A window and the ledger lines that open and close it. */
	enum Kind {

		CORRECTION("补正", "提交补正材料", LedgerAction.CORRECTION_REQUESTED,
				List.of(LedgerAction.CORRECTION_RECEIVED, LedgerAction.CORRECTION_LAPSED)),
		FEE("缴费", "缴纳信息处理费", LedgerAction.FEE_NOTIFIED, List.of(LedgerAction.FEE_PAID, LedgerAction.FEE_LAPSED)),
		EXPLANATION("说明理由", "提交说明", LedgerAction.EXPLANATION_REQUESTED,
				List.of(LedgerAction.EXPLANATION_RECEIVED, LedgerAction.EXPLANATION_LAPSED));

		/** The window kind of that name (a clock stop's kind), if the applicant's. */
		static Kind named(String name) {
			for (Kind kind : values()) {
				if (kind.name().equals(name)) {
					return kind;
				}
			}
			return null;
		}

		/** Lines after which no window of the case stays open. */
		private static final List<LedgerAction> ENDINGS = List.of(LedgerAction.WITHDRAWN, LedgerAction.DECIDED,
				LedgerAction.REPLY_ISSUED);

		private final String label;

		private final String toDo;

		private final LedgerAction opening;

		private final List<LedgerAction> closing;

		Kind(String label, String toDo, LedgerAction opening, List<LedgerAction> closing) {
			this.label = label;
			this.toDo = toDo;
			this.opening = opening;
			this.closing = closing;
		}

		String label() {
			return label;
		}

		/** What the applicant has to do, e.g. 提交补正材料. */
		String toDo() {
			return toDo;
		}

		static Kind openedBy(LedgerAction action) {
			for (Kind kind : values()) {
				if (kind.opening == action) {
					return kind;
				}
			}
			return null;
		}

		static List<Kind> closedBy(LedgerAction action) {
			if (ENDINGS.contains(action)) {
				return List.of(values());
			}
			return List.of(values()).stream().filter(kind -> kind.closing.contains(action)).toList();
		}

	}

}
