package org.gongkai.disclosure.casework.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gongkai.disclosure.casework.decision.CaseDecisions;

import org.springframework.stereotype.Component;

/**
 * {@code Task_IssueReply}: issues the reply to the applicant once the decision is
 * recorded.
 */
@Component(DisclosureRequestProcess.Beans.ISSUE_REPLY)
class IssueReplyDelegate implements JavaDelegate {

	private final CaseDecisions decisions;

	IssueReplyDelegate(CaseDecisions decisions) {
		this.decisions = decisions;
	}

	@Override
	public void execute(DelegateExecution execution) {
		decisions.issueReply(CaseVariables.caseId(execution));
	}

}
