package org.gongkai.disclosure.casework;

import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.shared.ids.CaseId;

/**
 * A section another module adds to a case's pages (the officer's and the applicant's)
 * without casework depending on it: casework's page controllers ask every
 * {@code CasePageSection} bean for its content and render its Thymeleaf fragment, called
 * as {@code fragment(content, officer, caseId)}, after the case's letters. Appeals adds
 * the request's appeals and the new answers they ordered this way.
 */
public interface CasePageSection {

	/** The template that holds the fragment, e.g. {@code appeals/fragments}. */
	String template();

	/** The fragment's name in {@link #template()}. */
	String fragment();

	/**
	 * What the section shows of the case {@code caseId} to {@code user}; called once the
	 * page controller has read the case, so the case exists and the user may see it.
	 */
	Object content(GongkaiUser user, CaseId caseId);

}
