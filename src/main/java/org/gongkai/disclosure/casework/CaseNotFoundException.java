package org.gongkai.disclosure.casework;

import org.gongkai.disclosure.shared.NotFoundException;
import org.gongkai.disclosure.shared.ids.CaseId;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No such case, or not one the current user may see: both answer 404, so that nobody
 * learns which references exist by guessing.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class CaseNotFoundException extends NotFoundException {

	public CaseNotFoundException(CaseId id) {
		super("未找到案件 " + id, "refusal.api.title.caseNotFound", "refusal.api.detail.caseNotFound");
	}

}
