package org.gongkai.disclosure.casework;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.gongkai.disclosure.casework.DisclosureRequestProcess.Vars;

/** Typed access to the process variables, in one place. */
final class CaseVariables {

	private CaseVariables() {
	}

	static CaseId caseId(VariableScope scope) {
		Object value = scope.getVariable(Vars.CASE_ID);
		if (!(value instanceof String id)) {
			throw new IllegalStateException("流程缺少案件标识 caseId");
		}
		return CaseId.of(id);
	}

}
