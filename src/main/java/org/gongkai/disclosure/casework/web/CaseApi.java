package org.gongkai.disclosure.casework.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.casework.views.CaseViews;
import org.gongkai.disclosure.shared.Paging;
import org.gongkai.disclosure.shared.ids.CaseId;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The JSON API for reading cases: an applicant's requests, one request, an officer's
 * tasks; the same services and the same access rules as the pages.
 */
@RestController
@RequestMapping("/api")
@Tag(name = "requests", description = "政府信息公开申请与办理")
class CaseApi {

	private final CaseViews views;

	CaseApi(CaseViews views) {
		this.views = views;
	}

	@GetMapping("/requests")
	@Operation(summary = "我的申请（申请人），分页：page（从0起）、size（至多100），总数见 X-Total-Count")
	ResponseEntity<List<CaseJson>> mine(@AuthenticationPrincipal GongkaiUser user,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		Paging.Page<CaseViews.CaseDetail> mine = views.mine(user, new Paging(page, size));
		return ResponseEntity.ok()
			.header(Paging.TOTAL_HEADER, Long.toString(mine.total()))
			.body(mine.items().stream().map(CaseJson::of).toList());
	}

	@GetMapping("/requests/{id}")
	@Operation(summary = "一件申请：状态、答复期限及其计算过程、办理结果与答复")
	CaseJson one(@AuthenticationPrincipal GongkaiUser user, @PathVariable CaseId id) {
		return CaseJson.of(views.detail(user, id));
	}

	@GetMapping("/tasks")
	@Operation(summary = "待办任务（工作人员），按答复期限排序；分页：page（从0起）、size（默认50，至多100）")
	List<TaskJson> tasks(@AuthenticationPrincipal GongkaiUser officer, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return views.taskList(officer, new Paging(page, size)).stream().map(TaskJson::of).toList();
	}

}
