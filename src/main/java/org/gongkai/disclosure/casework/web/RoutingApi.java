package org.gongkai.disclosure.casework.web;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.casework.routing.CaseRoutings;
import org.gongkai.disclosure.shared.Paging;
import org.gongkai.disclosure.shared.ids.CaseId;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The JSON API for routing a request to the departments that hold the information, and
 * for their answers.
 */
@RestController
@RequestMapping("/api")
@Tag(name = "requests", description = "政府信息公开申请与办理")
class RoutingApi {

	private final CaseRoutings routings;

	RoutingApi(CaseRoutings routings) {
		this.routings = routings;
	}

	@PostMapping("/cases/{id}/routing")
	@Operation(summary = "交办部门（承办人，拟定答复环节）：一个承办部门、若干协办部门（本机关的下属机关代码）及部门办理期限；" + "部门办理计入答复期限，全部部门反馈后回到承办人")
	List<CaseRoutings.Routing> route(@AuthenticationPrincipal GongkaiUser officer, @PathVariable CaseId id,
			@Valid @RequestBody RoutingJson body) {
		return routings.route(officer, id, body.lead(), body.assist(), body.dueOn(), body.instructions());
	}

	@GetMapping("/cases/{id}/routing")
	@Operation(summary = "本轮部门办理情况（本机关工作人员及被交办部门；不含申请人身份信息）")
	CaseRoutings.RoutedCase routing(@AuthenticationPrincipal GongkaiUser officer, @PathVariable CaseId id) {
		return routings.routedView(officer, id);
	}

	@PostMapping("/cases/{id}/routing/answer")
	@Operation(summary = "被交办部门反馈办理意见（该部门的承办人或负责人）")
	CaseRoutings.RoutedCase departmentAnswer(@AuthenticationPrincipal GongkaiUser officer, @PathVariable CaseId id,
			@Valid @RequestBody TextJson body) {
		routings.contribute(officer, id, body.text());
		return routings.routedView(officer, id);
	}

	@GetMapping("/departments/routed")
	@Operation(summary = "交办本部门、尚待反馈的申请，按部门办理期限排序")
	ResponseEntity<List<CaseRoutings.RoutedCase>> routedToMe(@AuthenticationPrincipal GongkaiUser officer,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		return Paging.response(routings.openFor(officer), new Paging(page, size));
	}

	record RoutingJson(@NotNull(message = "请选择承办部门") @Size(max = 32) String lead,
			@Size(max = 10, message = "一次最多交办10个部门") List<String> assist,
			@NotNull(message = "请填写部门办理期限") LocalDate dueOn,
			@NotNull(message = "请填写交办事项") @Size(max = 2000) String instructions) {
	}

}
