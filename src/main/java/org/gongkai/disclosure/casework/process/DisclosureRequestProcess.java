package org.gongkai.disclosure.casework.process;

import java.util.Map;
import java.util.Set;

/**
 * The contract of {@code bpmn/disclosure-request.bpmn}: its key, the element ids and
 * messages Java refers to, the bean names it binds to, and the complete set of process
 * variables. The process holds the case id and routing flags only; every fact of the case
 * lives in our own tables.
 */
public final class DisclosureRequestProcess {

	public static final String KEY = "DisclosureRequestProcess";

	public static final String RESOURCE = "bpmn/disclosure-request.bpmn";

	private DisclosureRequestProcess() {
	}

	/** The variable contract. Nothing else may be stored in the process. */
	public static final class Vars {

		/** The case's UUID as a string. */
		public static final String CASE_ID = "caseId";

		/**
		 * Set when screening ends: the applicant is asked to correct the request (条例 art
		 * 30).
		 */
		public static final String CORRECTION_NEEDED = "correctionNeeded";

		/**
		 * Set at the start when the request was answered on the spot (《条例》第三十三条第一款): the
		 * process only issues the reply.
		 */
		public static final String ANSWERED_ON_THE_SPOT = "answeredOnTheSpot";

		/** Set by the legal reviewer. */
		public static final String REVIEW_APPROVED = "reviewApproved";

		/** Set by the head of the office. */
		public static final String SIGNED_OFF = "signedOff";

		/** Set by the head of the office on an extension request (条例 art 33 ¶1). */
		public static final String EXTENSION_APPROVED = "extensionApproved";

		/** Set by the case officer when the decide step ends: a {@link NextStep} name. */
		public static final String NEXT_STEP = "nextStep";

		/**
		 * Set by the case officer when a 补正 or fee window has run out: a
		 * {@link LapseDecision} name.
		 */
		public static final String LAPSE_DECISION = "lapseDecision";

		/**
		 * Local to one instance of the multi-instance department work
		 * ({@code SubProcess_DepartmentWork}): the code of the department (an agency
		 * below the case's agency) it is for. Gone when the department work ends.
		 */
		public static final String DEPARTMENT = "department";

		/** The variables a process instance holds outside the department work. */
		public static final Set<String> ALL = Set.of(CASE_ID, ANSWERED_ON_THE_SPOT, CORRECTION_NEEDED, REVIEW_APPROVED,
				SIGNED_OFF, EXTENSION_APPROVED, NEXT_STEP, LAPSE_DECISION);

		/** The flags a completed task may set, by task. */
		static final Map<String, String> FLAG_OF_TASK = Map.of(Elements.TASK_SCREEN, CORRECTION_NEEDED,
				Elements.TASK_LEGAL_REVIEW, REVIEW_APPROVED, Elements.TASK_SIGN_OFF, SIGNED_OFF,
				Elements.TASK_APPROVE_EXTENSION, EXTENSION_APPROVED, Elements.TASK_DECIDE, NEXT_STEP,
				Elements.TASK_CONFIRM_CORRECTION_LAPSE, LAPSE_DECISION, Elements.TASK_CONFIRM_FEE_LAPSE,
				LAPSE_DECISION);

		private Vars() {
		}

	}

	public static final class Elements {

		public static final String START = "StartEvent_RequestReceived";

		public static final String GATEWAY_ANSWERED_ON_THE_SPOT = "Gateway_AnsweredOnTheSpot";

		public static final String TASK_SCREEN = "Task_ScreenRequest";

		public static final String GATEWAY_CORRECTION_NEEDED = "Gateway_CorrectionNeeded";

		public static final String EVENT_CORRECTION_RECEIVED = "Event_CorrectionReceived";

		public static final String EVENT_CORRECTION_LAPSED = "Event_CorrectionLapsed";

		public static final String TASK_CONFIRM_CORRECTION_LAPSE = "Task_ConfirmCorrectionLapse";

		public static final String GATEWAY_CORRECTION_LAPSE_DECISION = "Gateway_CorrectionLapseDecision";

		public static final String TASK_CLOSE_CORRECTION_LAPSED = "Task_CloseCorrectionLapsed";

		public static final String END_CORRECTION_LAPSED = "EndEvent_CorrectionLapsed";

		public static final String TASK_DECIDE = "Task_DecideRequest";

		public static final String TIMER_ANSWER_DUE_SOON = "StartEvent_AnswerDueSoon";

		public static final String TASK_REMIND_OFFICER = "Task_RemindCaseOfficer";

		public static final String END_OFFICER_REMINDED = "EndEvent_OfficerReminded";

		public static final String TASK_LEGAL_REVIEW = "Task_LegalReview";

		public static final String TASK_SIGN_OFF = "Task_SignOff";

		public static final String TASK_ISSUE_REPLY = "Task_IssueReply";

		public static final String END_ANSWERED = "EndEvent_RequestAnswered";

		public static final String TASK_APPROVE_EXTENSION = "Task_ApproveExtension";

		public static final String TASK_NOTIFY_EXTENSION = "Task_NotifyExtension";

		public static final String END_EXTENSION_GRANTED = "EndEvent_ExtensionGranted";

		public static final String END_EXTENSION_REFUSED = "EndEvent_ExtensionRefused";

		public static final String END_WITHDRAWN = "EndEvent_Withdrawn";

		public static final String GATEWAY_AWAIT_PAYMENT = "Gateway_AwaitPayment";

		public static final String EVENT_FEE_PAID = "Event_FeePaid";

		public static final String EVENT_FEE_LAPSED = "Event_FeeLapsed";

		public static final String TASK_CONFIRM_FEE_LAPSE = "Task_ConfirmFeeLapse";

		public static final String GATEWAY_FEE_LAPSE_DECISION = "Gateway_FeeLapseDecision";

		public static final String TASK_CLOSE_FEE_UNPAID = "Task_CloseFeeUnpaid";

		public static final String END_FEE_UNPAID = "EndEvent_FeeUnpaid";

		public static final String GATEWAY_AWAIT_CONSULTATION = "Gateway_AwaitConsultation";

		public static final String EVENT_CONSULTATION_ANSWERED = "Event_ConsultationAnswered";

		public static final String EVENT_CONSULTATION_LAPSED = "Event_ConsultationLapsed";

		public static final String TASK_RECORD_CONSULTATION_SILENCE = "Task_RecordConsultationSilence";

		public static final String GATEWAY_AWAIT_EXPLANATION = "Gateway_AwaitExplanation";

		public static final String EVENT_EXPLANATION_RECEIVED = "Event_ExplanationReceived";

		public static final String EVENT_EXPLANATION_LAPSED = "Event_ExplanationLapsed";

		public static final String TASK_RECORD_NO_EXPLANATION = "Task_RecordNoExplanation";

		public static final String TIMER_CORRECTION_NOTICE_DUE_SOON = "BoundaryEvent_CorrectionNoticeDueSoon";

		public static final String TASK_REMIND_SCREENING = "Task_RemindScreening";

		public static final String END_SCREENING_REMINDED = "EndEvent_ScreeningReminded";

		public static final String TIMER_ANSWER_OVERDUE = "StartEvent_AnswerOverdue";

		public static final String TASK_ESCALATE_OVERDUE = "Task_EscalateOverdue";

		public static final String END_OVERDUE_ESCALATED = "EndEvent_OverdueEscalated";

		public static final String SUBPROCESS_DEPARTMENT_WORK = "SubProcess_DepartmentWork";

		public static final String TASK_DEPARTMENT_WORK = "Task_DepartmentWork";

		public static final String TIMER_DEPARTMENT_OVERDUE = "BoundaryEvent_DepartmentOverdue";

		public static final String TASK_REMIND_DEPARTMENT = "Task_RemindDepartment";

		public static final String END_DEPARTMENT_REMINDED = "EndEvent_DepartmentReminded";

		public static final String END_DEPARTMENT_DONE = "EndEvent_DepartmentDone";

		private Elements() {
		}

	}

	/** Message names correlated by the facade. */
	public static final class Messages {

		public static final String CORRECTION_RECEIVED = "CorrectionReceived";

		public static final String EXTENSION_REQUESTED = "ExtensionRequested";

		public static final String REQUEST_WITHDRAWN = "RequestWithdrawn";

		public static final String FEE_PAID = "FeePaid";

		public static final String CONSULTATION_ANSWERED = "ConsultationAnswered";

		public static final String EXPLANATION_RECEIVED = "ExplanationReceived";

		private Messages() {
		}

	}

	/** Where the case goes when the case officer's decide step ends. */
	public enum NextStep {

		REVIEW, FEE_NOTICE, CONSULTATION, EXPLANATION, ROUTING

	}

	/**
	 * What the case officer found when a 补正 or fee window ran out: nothing ends a request
	 * silently.
	 */
	public enum LapseDecision {

		/** 逾期且无正当理由: the request ends as （六）1 or （六）2. */
		CONFIRMED,
		/**
		 * The correction or payment had arrived: recorded with its date, handling goes
		 * on.
		 */
		ARRIVED,
		/** A 正当理由 for the delay: a new last day, and the case waits again. */
		NEW_DATE

	}

	/**
	 * The candidate group of a department's task: {@code department:<agency code>}, so
	 * that the officers of that department (an agency below the case's) find it, and
	 * nobody else.
	 */
	public static String departmentGroup(String departmentCode) {
		return "department:" + departmentCode;
	}

	/**
	 * Spring bean names that the model binds to; renaming a class never breaks the model.
	 */
	public static final class Beans {

		public static final String ISSUE_REPLY = "issueReply";

		public static final String REMIND_CASE_OFFICER = "remindCaseOfficer";

		public static final String CLOSE_CORRECTION_LAPSED = "closeCorrectionLapsed";

		public static final String NOTIFY_EXTENSION = "notifyExtension";

		public static final String CORRECTION_DEADLINES = "correctionDeadlines";

		public static final String CLOSE_FEE_UNPAID = "closeFeeUnpaid";

		public static final String FEE_DEADLINES = "feeDeadlines";

		public static final String RECORD_CONSULTATION_SILENCE = "recordConsultationSilence";

		public static final String CONSULTATION_DEADLINES = "consultationDeadlines";

		public static final String REMIND_SCREENING = "remindScreening";

		public static final String RECORD_NO_EXPLANATION = "recordNoExplanation";

		public static final String EXPLANATION_DEADLINES = "explanationDeadlines";

		public static final String ESCALATE_OVERDUE = "escalateOverdue";

		public static final String CASE_ROUTINGS = "caseRoutings";

		public static final String REMIND_DEPARTMENT = "remindDepartment";

		private Beans() {
		}

	}

}
