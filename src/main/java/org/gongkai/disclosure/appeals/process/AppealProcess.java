package org.gongkai.disclosure.appeals.process;

import java.util.Set;

import org.gongkai.disclosure.appeals.DecisionType;

/**
 * The contract of {@code bpmn/appeal.bpmn}: its key, the element ids and messages Java
 * refers to, the bean names it binds to, and the complete set of process variables. The
 * process holds the appeal id and one routing value; every fact of the appeal lives in
 * our own tables.
 */
public final class AppealProcess {

	public static final String KEY = "AppealProcess";

	public static final String RESOURCE = "bpmn/appeal.bpmn";

	private AppealProcess() {
	}

	/** The variable contract. Nothing else may be stored in the process. */
	public static final class Vars {

		/** The appeal's UUID as a string. */
		public static final String APPEAL_ID = "appealId";

		/** Set with the decision message: a {@link DecisionType.Effect} name. */
		public static final String DECISION_EFFECT = "decisionEffect";

		public static final Set<String> ALL = Set.of(APPEAL_ID, DECISION_EFFECT);

		private Vars() {
		}

	}

	public static final class Elements {

		public static final String START = "StartEvent_AppealRegistered";

		public static final String TASK_SUBMIT_ANSWER = "Task_SubmitAnswer";

		public static final String TIMER_ANSWER_DUE_SOON = "BoundaryEvent_AnswerDueSoon";

		public static final String TASK_REMIND_ANSWER = "Task_RemindAnswer";

		public static final String END_ANSWER_REMINDED = "EndEvent_AnswerReminded";

		public static final String TIMER_ANSWER_OVERDUE = "BoundaryEvent_AnswerOverdue";

		public static final String TASK_ESCALATE_ANSWER = "Task_EscalateAnswerOverdue";

		public static final String END_ANSWER_ESCALATED = "EndEvent_AnswerEscalated";

		public static final String EVENT_DECIDED_BEFORE_ANSWER = "BoundaryEvent_DecidedBeforeAnswer";

		public static final String EVENT_AWAIT_DECISION = "Event_AwaitDecision";

		public static final String GATEWAY_JOIN_DECISION = "Gateway_JoinDecision";

		public static final String GATEWAY_DECISION_EFFECT = "Gateway_DecisionEffect";

		public static final String TASK_ORDER_REANSWER = "Task_OrderReanswer";

		public static final String END_REANSWER_ORDERED = "EndEvent_ReanswerOrdered";

		public static final String END_DECIDED_ON_MERITS = "EndEvent_DecidedOnMerits";

		public static final String END_ENDED_WITHOUT_MERITS = "EndEvent_EndedWithoutMerits";

		public static final String END_REMANDED = "EndEvent_Remanded";

		public static final String START_WITHDRAWN = "StartEvent_AppealWithdrawn";

		public static final String END_WITHDRAWN = "EndEvent_AppealWithdrawn";

		private Elements() {
		}

	}

	/** Message names correlated by the facade. */
	public static final class Messages {

		public static final String APPEAL_DECIDED = "AppealDecided";

		public static final String APPEAL_WITHDRAWN = "AppealWithdrawn";

		private Messages() {
		}

	}

	/** Spring bean names that the model binds to. */
	public static final class Beans {

		public static final String APPEAL_DEADLINES = "appealDeadlines";

		public static final String REMIND_APPEAL_ANSWER = "remindAppealAnswer";

		public static final String ESCALATE_APPEAL_ANSWER = "escalateAppealAnswer";

		public static final String ORDER_REANSWER = "orderReanswer";

		private Beans() {
		}

	}

}
