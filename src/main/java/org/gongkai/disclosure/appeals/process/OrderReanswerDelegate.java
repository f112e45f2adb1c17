package org.gongkai.disclosure.appeals.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gongkai.disclosure.appeals.handling.AppealHandling;
import org.gongkai.disclosure.shared.ids.AppealId;

import org.springframework.stereotype.Component;

/**
 * {@code Task_OrderReanswer}: the decision orders a new answer; the original request is
 * handled again.
 */
@Component(AppealProcess.Beans.ORDER_REANSWER)
class OrderReanswerDelegate implements JavaDelegate {

	private final AppealHandling handling;

	OrderReanswerDelegate(AppealHandling handling) {
		this.handling = handling;
	}

	@Override
	public void execute(DelegateExecution execution) {
		handling.orderReanswer(AppealId.of((String) execution.getVariable(AppealProcess.Vars.APPEAL_ID)));
	}

}
