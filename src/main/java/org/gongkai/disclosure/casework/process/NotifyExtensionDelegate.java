package org.gongkai.disclosure.casework.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gongkai.disclosure.casework.decision.CaseExtensions;

import org.springframework.stereotype.Component;

/**
 * {@code Task_NotifyExtension}: tells the applicant of the approved extension and moves
 * the timers.
 */
@Component(DisclosureRequestProcess.Beans.NOTIFY_EXTENSION)
class NotifyExtensionDelegate implements JavaDelegate {

	private final CaseExtensions extensions;

	NotifyExtensionDelegate(CaseExtensions extensions) {
		this.extensions = extensions;
	}

	@Override
	public void execute(DelegateExecution execution) {
		extensions.notifyApplicant(CaseVariables.caseId(execution));
	}

}
