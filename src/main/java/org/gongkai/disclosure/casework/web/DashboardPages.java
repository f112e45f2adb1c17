package org.gongkai.disclosure.casework.web;

import java.util.stream.IntStream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.casework.views.OfficeDashboard;
import org.gongkai.disclosure.shared.RefusalWords;

import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The head of office's dashboard page ({@link OfficeDashboard}): each chart is drawn in
 * the browser by ECharts from the figures the page carries as JSON (the same as
 * {@link DashboardApi}'s, computed once per view), and each has its figures as a table on
 * the page, so that nothing depends on seeing the chart.
 */
@Controller
class DashboardPages {

	/** Years offered in the year choice at least, counting back from this one. */
	private static final int YEARS_OFFERED = 5;

	private final OfficeDashboard dashboard;

	private final ObjectMapper json;

	private final MessageSourceAccessor messages;

	DashboardPages(OfficeDashboard dashboard, ObjectMapper json, MessageSourceAccessor messages) {
		this.dashboard = dashboard;
		this.json = json;
		this.messages = messages;
	}

	@GetMapping("/officer/dashboard")
	String show(@AuthenticationPrincipal GongkaiUser head, @RequestParam(required = false) Integer year, Model model) {
		OfficeDashboard.Dashboard figures;
		try {
			figures = dashboard.of(head, year);
		}
		catch (IllegalArgumentException e) {
			// beside the year choice, with the current year's figures
			model.addAttribute("yearError", RefusalWords.of(e, messages));
			figures = dashboard.of(head, null);
		}
		// the last few years, and the one shown if it is earlier
		int thisYear = figures.today().getYear();
		int earliest = Math.min(figures.year(), thisYear - YEARS_OFFERED + 1);
		model.addAttribute("dashboard", figures);
		model.addAttribute("figures", asScriptData(figures));
		model.addAttribute("years",
				IntStream.rangeClosed(earliest, thisYear).map(y -> thisYear + earliest - y).boxed().toList());
		return "officer/dashboard";
	}

	/**
	 * The figures as JSON to stand in a {@code <script type="application/json">}: every
	 * {@code <} escaped, so that no text in the data (a department's name) can close the
	 * element.
	 */
	private String asScriptData(OfficeDashboard.Dashboard figures) {
		try {
			return json.writeValueAsString(figures).replace("<", "\\u003c");
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException("dashboard figures not serialisable", e);
		}
	}

}
