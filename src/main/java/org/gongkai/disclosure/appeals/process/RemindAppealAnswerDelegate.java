package org.gongkai.disclosure.appeals.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gongkai.disclosure.appeals.handling.AppealHandling;
import org.gongkai.disclosure.shared.ids.AppealId;

import org.springframework.stereotype.Component;

/** {@code Task_RemindAnswer}: the answer and evidence are due in a few working days. */
@Component(AppealProcess.Beans.REMIND_APPEAL_ANSWER)
class RemindAppealAnswerDelegate implements JavaDelegate {

	private final AppealHandling handling;

	RemindAppealAnswerDelegate(AppealHandling handling) {
		this.handling = handling;
	}

	@Override
	public void execute(DelegateExecution execution) {
		handling.remind(AppealId.of((String) execution.getVariable(AppealProcess.Vars.APPEAL_ID)));
	}

}
