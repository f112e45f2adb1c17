package org.gongkai.disclosure.appeals.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gongkai.disclosure.appeals.handling.AppealHandling;
import org.gongkai.disclosure.shared.ids.AppealId;

import org.springframework.stereotype.Component;

/**
 * {@code Task_EscalateAnswerOverdue}: the answer deadline has passed; the head of the
 * office is alerted.
 */
@Component(AppealProcess.Beans.ESCALATE_APPEAL_ANSWER)
class EscalateAppealAnswerDelegate implements JavaDelegate {

	private final AppealHandling handling;

	EscalateAppealAnswerDelegate(AppealHandling handling) {
		this.handling = handling;
	}

	@Override
	public void execute(DelegateExecution execution) {
		handling.escalate(AppealId.of((String) execution.getVariable(AppealProcess.Vars.APPEAL_ID)));
	}

}
