package org.gongkai.disclosure.casework.web;

import org.gongkai.disclosure.casework.web.TaskListFilters.TaskQuery;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The task list's pager keeps the filters: the next page of a filtered list is the same
 * filtered list, and a link can be bookmarked.
 */
class TaskListHrefTest {

	@Test
	void thePagerKeepsEveryFilterAndEncodesTheSearch() {
		TaskQuery query = new TaskQuery(" 公路 养护 ", "ROUTED", "OVERDUE", "", null, null, "1");
		assertThat(TaskListFilters.href(query, 2))
			.isEqualTo("/officer/tasks?q=%E5%85%AC%E8%B7%AF%20%E5%85%BB%E6%8A%A4&kind=ROUTED&state=OVERDUE&page=2");
		assertThat(TaskListFilters.href(query, 0))
			.isEqualTo("/officer/tasks?q=%E5%85%AC%E8%B7%AF%20%E5%85%BB%E6%8A%A4&kind=ROUTED&state=OVERDUE");
		assertThat(TaskListFilters.href(new TaskQuery(null, null, null, null, null, null, null), 1))
			.isEqualTo("/officer/tasks?page=1");
	}

}
