package org.gongkai.disclosure.casework;

import java.util.Set;

/**
 * The contract of {@code bpmn/disclosure-request.bpmn}: its key, the element ids Java refers to, and the complete
 * set of process variables. The process holds the case id and routing flags only; every fact of the case lives in
 * our own tables.
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

        public static final Set<String> ALL = Set.of(CASE_ID);

        private Vars() {
        }
    }

    public static final class Elements {
        public static final String START = "StartEvent_RequestReceived";
        public static final String TASK_DECIDE = "Task_DecideRequest";
        public static final String TIMER_ANSWER_DUE_SOON = "BoundaryEvent_AnswerDueSoon";
        public static final String TASK_REMIND_OFFICER = "Task_RemindCaseOfficer";
        public static final String TASK_ISSUE_REPLY = "Task_IssueReply";
        public static final String END_ANSWERED = "EndEvent_RequestAnswered";
        public static final String END_OFFICER_REMINDED = "EndEvent_OfficerReminded";

        private Elements() {
        }
    }

    /** Spring bean names that the model binds to; renaming a class never breaks the model. */
    public static final class Beans {
        public static final String ISSUE_REPLY = "issueReply";
        public static final String REMIND_CASE_OFFICER = "remindCaseOfficer";

        private Beans() {
        }
    }
}
