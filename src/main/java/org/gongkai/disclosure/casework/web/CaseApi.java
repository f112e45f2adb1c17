package org.gongkai.disclosure.casework.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.casework.views.CaseViews;
import org.gongkai.disclosure.casework.views.OfficeTaskList;
import org.gongkai.disclosure.casework.web.TaskListFilters.TaskQuery;
import org.gongkai.disclosure.shared.Paging;
import org.gongkai.disclosure.shared.ids.CaseId;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
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

	/**
	 * Instead of {@value Paging#TOTAL_HEADER} when the task list has more rows than it
	 * counts ({@link OfficeTaskList#COUNT_LIMIT}).
	 */
	static final String MORE_THAN_HEADER = "X-Total-Count-More-Than";

	private final CaseViews views;

	private final OfficeTaskList tasks;

	private final TaskListFilters filters;

	CaseApi(CaseViews views, OfficeTaskList tasks, TaskListFilters filters) {
		this.views = views;
		this.tasks = tasks;
		this.filters = filters;
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
	@Operation(summary = "待办任务（工作人员）：本机关的每项期限（kind：REPLY 答复申请、CORRECTION_NOTICE 补正告知、ROUTED 交办部门、"
			+ "CONSULTATION 征求意见、APPEAL_ANSWER 复议答复和诉讼答辩），最紧迫的在前；筛选：kind、state（ALL、OVERDUE、DUE_SOON）、"
			+ "days（DUE_SOON 的工作日数，默认3）、department、assignee（账号id）、q（编号、申请人、所需信息）；"
			+ "分页：page（从0起）、size（默认50，至多100），总数见 X-Total-Count（多于1000项时为 X-Total-Count-More-Than）；取值有误时为 RFC 9457 问题详情")
	ResponseEntity<List<TaskJson>> tasks(@AuthenticationPrincipal GongkaiUser officer, @ModelAttribute TaskQuery query,
			@RequestParam(defaultValue = "50") int size) {
		TaskListFilters.Read read = filters.read(query, filters.choicesFor(officer), size);
		OfficeTaskList.Page page = tasks.page(officer, read.filter(), read.paging());
		return ResponseEntity.ok()
			.header(page.more() ? MORE_THAN_HEADER : Paging.TOTAL_HEADER, Long.toString(page.total()))
			.body(page.rows().stream().map(TaskJson::of).toList());
	}

}
