package org.gongkai.disclosure.casework;

import java.util.List;

import org.gongkai.disclosure.accounts.GongkaiUser;

/**
 * Deadlines the office owns that another module keeps (the answers owed in an appeal),
 * listed on the officer's task list beside the requests' without casework depending on
 * that module: the task page asks every {@code OfficeDeadlines} bean.
 */
public interface OfficeDeadlines {

	/** The heading of the list, e.g. 「行政复议答复、行政诉讼答辩期限」. */
	String title();

	/** The open deadlines {@code officer} is responsible for, most urgent first. */
	List<Deadline> openFor(GongkaiUser officer);

	/**
	 * One deadline.
	 *
	 * @param reference what it is about, as people know it (the appeal's reference)
	 * @param path the page to act on it
	 * @param task what is owed
	 * @param urgency the last day and the working days left
	 * @param basis where the period comes from
	 */
	record Deadline(String reference, String path, String task, Urgency urgency, String basis) {
	}

}
