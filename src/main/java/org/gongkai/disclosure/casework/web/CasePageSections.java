package org.gongkai.disclosure.casework.web;

import java.util.List;

import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.casework.CasePageSection;
import org.gongkai.disclosure.shared.ids.CaseId;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The sections other modules add to the case pages ({@link CasePageSection}), filled for
 * one case and one user, in their order; the page templates render each one.
 */
@Component
class CasePageSections {

	private final ObjectProvider<CasePageSection> sections;

	CasePageSections(ObjectProvider<CasePageSection> sections) {
		this.sections = sections;
	}

	List<Filled> of(GongkaiUser user, CaseId caseId) {
		return sections.orderedStream()
			.map(s -> new Filled(s.template(), s.fragment(), s.content(user, caseId)))
			.toList();
	}

	/** One section as the template renders it. */
	record Filled(String template, String fragment, Object content) {
	}

}
