package org.gongkai.disclosure.casework.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.casework.views.OfficeDashboard;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The dashboard's figures as JSON: what the dashboard page's charts are drawn from, and
 * for any other use of the head of office.
 */
@RestController
@Tag(name = "requests", description = "政府信息公开申请与办理")
class DashboardApi {

	private final OfficeDashboard dashboard;

	DashboardApi(OfficeDashboard dashboard) {
		this.dashboard = dashboard;
	}

	@GetMapping("/api/dashboard")
	@Operation(summary = "工作概况（公开工作机构负责人）：每月收到申请、办理结果构成、各环节和各部门在办及逾期件数、答复用时；year 默认本年")
	OfficeDashboard.Dashboard dashboard(@AuthenticationPrincipal GongkaiUser head,
			@RequestParam(required = false) Integer year) {
		return dashboard.of(head, year);
	}

}
