package org.gongkai.disclosure.casework.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gongkai.disclosure.casework.stops.CaseFees;

import org.springframework.stereotype.Component;

/**
 * {@code Task_CloseFeeUnpaid}: the payment window passed; the request is treated as
 * abandoned.
 */
@Component(DisclosureRequestProcess.Beans.CLOSE_FEE_UNPAID)
class CloseFeeUnpaidDelegate implements JavaDelegate {

	private final CaseFees fees;

	CloseFeeUnpaidDelegate(CaseFees fees) {
		this.fees = fees;
	}

	@Override
	public void execute(DelegateExecution execution) {
		fees.lapse(CaseVariables.caseId(execution));
	}

}
