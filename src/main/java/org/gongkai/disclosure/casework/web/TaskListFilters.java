package org.gongkai.disclosure.casework.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.gongkai.disclosure.accounts.Account;
import org.gongkai.disclosure.accounts.Accounts;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.agencies.Agencies;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.casework.views.OfficeTaskList;
import org.gongkai.disclosure.casework.views.OfficeTaskList.Filter;
import org.gongkai.disclosure.casework.views.OfficeTaskList.Kind;
import org.gongkai.disclosure.casework.views.OfficeTaskList.State;
import org.gongkai.disclosure.shared.InvalidFields;
import org.gongkai.disclosure.shared.Paging;
import org.gongkai.disclosure.shared.ids.AgencyId;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The task list's filters as query parameters, the same on the page and in the API: read
 * from what was sent into an {@link OfficeTaskList.Filter}, every bad value named at once
 * as a keyed refusal ({@code refusal.casework.tasks.*}, worded in the reader's language
 * by the page and the API), never a 500.
 */
@Component
class TaskListFilters {

	/** The most working days "due soon" may look ahead (a reply period and a half). */
	static final int MAX_WITHIN_DAYS = 30;

	static final int MAX_TEXT = 100;

	private final Agencies agencies;

	private final Accounts accounts;

	TaskListFilters(Agencies agencies, Accounts accounts) {
		this.agencies = agencies;
		this.accounts = accounts;
	}

	/**
	 * What the officer may filter by: the departments below the officer's agency (none
	 * for a department) and the agency's staff who handle cases.
	 */
	Choices choicesFor(GongkaiUser officer) {
		return new Choices(agencies.childrenOf(officer.agencyId()),
				accounts.caseHandlers().stream().filter(a -> officer.agencyId().equals(a.agencyId())).toList());
	}

	/**
	 * The filter and the page asked for.
	 * @throws InvalidFields naming each parameter whose value is not one of its choices
	 */
	Read read(TaskQuery query, Choices choices, int pageSize) {
		InvalidFields.Collector problems = new InvalidFields.Collector();
		Kind kind = blank(query.kind()) ? null : enumValue(Kind.class, query.kind());
		problems.require(blank(query.kind()) || kind != null, "kind", "refusal.casework.tasks.kind", query.kind());
		State state = blank(query.state()) ? State.ALL : enumValue(State.class, query.state());
		problems.require(state != null, "state", "refusal.casework.tasks.state", query.state());
		Integer days = blank(query.days()) ? Integer.valueOf(Filter.NONE.withinDays()) : number(query.days());
		problems.require(days != null && days >= 0 && days <= MAX_WITHIN_DAYS, "days", "refusal.casework.tasks.days",
				MAX_WITHIN_DAYS);
		UUID departmentId = blank(query.department()) ? null : uuid(query.department());
		AgencyId department = departmentId == null ? null : new AgencyId(departmentId);
		problems.require(
				blank(query.department()) || choices.departments().stream().anyMatch(d -> d.id().equals(department)),
				"department", "refusal.casework.tasks.department");
		UUID assignee = blank(query.assignee()) ? null : uuid(query.assignee());
		problems.require(blank(query.assignee()) || choices.assignees().stream().anyMatch(a -> a.id().equals(assignee)),
				"assignee", "refusal.casework.tasks.assignee");
		problems.require(query.q() == null || query.q().strip().length() <= MAX_TEXT, "q",
				"refusal.casework.tasks.text", MAX_TEXT);
		Integer page = blank(query.page()) ? Integer.valueOf(0) : number(query.page());
		problems.require(page != null && page >= 0, "page", "refusal.casework.tasks.page");
		problems.throwIfAny();
		return new Read(new Filter(kind, state, days, department, assignee, query.q()), new Paging(page, pageSize));
	}

	/**
	 * The query string of {@code query}'s filters on page {@code page}, for the pager.
	 */
	static String href(TaskQuery query, int page) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/officer/tasks");
		param(uri, "q", query.q());
		param(uri, "kind", query.kind());
		param(uri, "state", query.state());
		param(uri, "days", query.days());
		param(uri, "department", query.department());
		param(uri, "assignee", query.assignee());
		if (page > 0) {
			uri.queryParam("page", page);
		}
		return uri.encode().build().toUriString();
	}

	private static void param(UriComponentsBuilder uri, String name, String value) {
		if (!blank(value)) {
			uri.queryParam(name, value.strip());
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private static <E extends Enum<E>> E enumValue(Class<E> type, String value) {
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException unknown) {
			return null;
		}
	}

	private static Integer number(String value) {
		try {
			return Integer.valueOf(value.strip());
		}
		catch (NumberFormatException notANumber) {
			return null;
		}
	}

	private static UUID uuid(String value) {
		try {
			return UUID.fromString(value.strip());
		}
		catch (IllegalArgumentException notAnId) {
			return null;
		}
	}

	/**
	 * The query parameters as sent, kept as text so that the form shows back what was
	 * typed, a wrong value included.
	 */
	record TaskQuery(String q, String kind, String state, String days, String department, String assignee,
			String page) {

		/** Whether any filter was sent (the page number is not one). */
		public boolean filtered() {
			return !blank(q) || !blank(kind) || !blank(state) || !blank(days) || !blank(department) || !blank(assignee);
		}

	}

	/** The filter's choices. */
	record Choices(List<Agency> departments, List<Account> assignees) {
	}

	/** The filter and page read from a {@link TaskQuery}. */
	record Read(Filter filter, Paging paging) {
	}

}
