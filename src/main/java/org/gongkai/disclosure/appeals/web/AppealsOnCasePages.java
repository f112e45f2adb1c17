package org.gongkai.disclosure.appeals.web;

import java.util.List;

import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.appeals.views.AppealViews;
import org.gongkai.disclosure.casework.CasePageSection;
import org.gongkai.disclosure.casework.decision.CaseReanswers;
import org.gongkai.disclosure.shared.ids.CaseId;

import org.springframework.stereotype.Component;

/**
 * A request's appeals and the new answers they ordered, as a section of its case pages
 * (officer and applicant), shown by {@code templates/appeals/fragments.html}: appeals
 * implements casework's extension point, so casework does not depend on appeals.
 */
@Component
class AppealsOnCasePages implements CasePageSection {

	private final AppealViews views;

	private final CaseReanswers reanswers;

	AppealsOnCasePages(AppealViews views, CaseReanswers reanswers) {
		this.views = views;
		this.reanswers = reanswers;
	}

	@Override
	public String template() {
		return "appeals/fragments";
	}

	@Override
	public String fragment() {
		return "caseAppeals";
	}

	@Override
	public CaseAppeals content(GongkaiUser user, CaseId caseId) {
		return new CaseAppeals(views.ofCase(user, caseId), reanswers.of(caseId));
	}

	/** The section's content: the appeals against the request and the new answers. */
	record CaseAppeals(List<AppealViews.Summary> appeals, List<CaseReanswers.Reanswer> reanswers) {
	}

}
