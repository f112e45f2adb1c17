package org.gongkai.disclosure.casework.process;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.gongkai.disclosure.casework.process.DisclosureRequestProcess.Vars;
import org.gongkai.disclosure.shared.ids.CaseId;

/** Typed access to the process variables, in one place. */
public final class CaseVariables {

	private CaseVariables() {
	}

	static CaseId caseId(VariableScope scope) {
		Object value = scope.getVariable(Vars.CASE_ID);
		if (!(value instanceof String id)) {
			throw new IllegalStateException("The process lacks the case id variable caseId");
		}
		return CaseId.of(id);
	}

}
