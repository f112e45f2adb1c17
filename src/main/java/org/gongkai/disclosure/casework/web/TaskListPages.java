package org.gongkai.disclosure.casework.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.casework.views.OfficeTaskList;
import org.gongkai.disclosure.casework.web.TaskListFilters.TaskQuery;
import org.gongkai.disclosure.shared.InvalidFields;

import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The officer's task list ({@code /officer/tasks}): every deadline the office owns, most
 * urgent first, 50 to a page, with its filters and search as query parameters — a
 * filtered list can be bookmarked, and works without JavaScript. A bad filter value is
 * shown beside its control (400), with nothing listed.
 */
@Controller
class TaskListPages {

	private final OfficeTaskList tasks;

	private final TaskListFilters filters;

	private final MessageSourceAccessor messages;

	TaskListPages(OfficeTaskList tasks, TaskListFilters filters, MessageSourceAccessor messages) {
		this.tasks = tasks;
		this.filters = filters;
		this.messages = messages;
	}

	@GetMapping("/officer/tasks")
	String tasks(@AuthenticationPrincipal GongkaiUser officer, @ModelAttribute("query") TaskQuery query, Model model,
			HttpServletResponse response) {
		TaskListFilters.Choices choices = filters.choicesFor(officer);
		model.addAttribute("choices", choices);
		model.addAttribute("kinds", OfficeTaskList.Kind.values());
		model.addAttribute("states", OfficeTaskList.State.values());
		model.addAttribute("maxDays", TaskListFilters.MAX_WITHIN_DAYS);
		try {
			TaskListFilters.Read read = filters.read(query, choices, OfficeTaskList.PER_PAGE);
			OfficeTaskList.Page page = tasks.page(officer, read.filter(), read.paging());
			model.addAttribute("page", page);
			model.addAttribute("filter", read.filter());
			int number = read.paging().page();
			model.addAttribute("previousHref", number > 0 ? TaskListFilters.href(query, number - 1) : null);
			model.addAttribute("nextHref", page.lastPage() ? null : TaskListFilters.href(query, number + 1));
			model.addAttribute("errors", Map.of());
		}
		catch (InvalidFields invalid) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("errors", invalid.problems(messages));
		}
		return "officer/tasks";
	}

}
