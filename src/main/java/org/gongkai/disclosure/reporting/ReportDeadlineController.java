package org.gongkai.disclosure.reporting;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gongkai.disclosure.accounts.GongkaiUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "reports", description = "政府信息公开工作年度报告")
class ReportDeadlineController {

	private final ReportDeadlines deadlines;

	ReportDeadlineController(ReportDeadlines deadlines) {
		this.deadlines = deadlines;
	}

	@GetMapping("/api/reports/annual/{year}/deadline")
	@Operation(summary = "年度报告的发布期限及状态（未到期、即将到期、已逾期、已按期发布、逾期发布）与提醒",
			description = "条例第四十九条：部门1月31日前，本级政府（scope=summary）3月31日前；管理员可按机关另行设定。")
	ReportDeadline deadline(@AuthenticationPrincipal GongkaiUser officer, @PathVariable int year,
			@RequestParam("agency") String agencyCode, @RequestParam(value = "scope", required = false) String scope) {
		return deadlines.of(officer, agencyCode, year, scope);
	}

	@GetMapping("/api/reports/deadlines")
	@Operation(summary = "本机关及下属机关某年度报告的发布期限与提醒（年报统计人员、公开工作机构负责人）")
	List<ReportDeadline.Due> due(@AuthenticationPrincipal GongkaiUser officer, @RequestParam int year) {
		return deadlines.due(officer, year);
	}

	record DeadlineBody(String due, String basis) {
	}

	@PutMapping("/api/admin/report-deadlines/{agency}")
	@Operation(summary = "设定某机关年度报告的发布期限（due: MM-DD；basis: 依据），scope=agency（默认）或 summary")
	ReportDeadline set(@AuthenticationPrincipal GongkaiUser administrator, @PathVariable("agency") String agencyCode,
			@RequestParam(value = "scope", required = false) String scope, @RequestBody DeadlineBody body) {
		return deadlines.set(administrator, agencyCode, scope, body.due(), body.basis());
	}

}
