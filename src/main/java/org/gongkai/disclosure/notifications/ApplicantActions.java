package org.gongkai.disclosure.notifications;

import java.util.Collection;
import java.util.Map;

import org.gongkai.disclosure.casework.ApplicantToDos;
import org.gongkai.disclosure.shared.ids.CaseId;

import org.springframework.stereotype.Component;

/**
 * What 我的申请 flags as 「需要您处理」: a case whose 补正, fee payment or explanation awaits its
 * applicant, with the last day, from the open notification windows.
 */
@Component
class ApplicantActions implements ApplicantToDos {

	private final ApplicantWindows windows;

	ApplicantActions(ApplicantWindows windows) {
		this.windows = windows;
	}

	@Override
	public Map<CaseId, ToDo> openFor(Collection<CaseId> cases) {
		return windows.openOf(cases.stream().map(CaseId::value).toList());
	}

}
