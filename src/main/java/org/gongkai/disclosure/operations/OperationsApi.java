package org.gongkai.disclosure.operations;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The operations overview and retries as JSON, for monitoring scripts. */
@RestController
@RequestMapping("/api/admin/operations")
@PreAuthorize("hasRole('ADMINISTRATOR')")
@Tag(name = "operations", description = "运行维护（系统管理员）")
class OperationsApi {

	private final Operations operations;

	OperationsApi(Operations operations) {
		this.operations = operations;
	}

	@GetMapping
	@Operation(summary = "健康状况、版本、作业执行器、失败作业和事件（含所属案件）、各环节实例数、案件状态、下一年度日历")
	Operations.Overview overview() {
		return operations.overview();
	}

	@PostMapping("/jobs/{id}/retry")
	@Operation(summary = "重试失败的作业（立即到期，同时解决其事件）")
	ResponseEntity<Void> retry(@PathVariable String id) {
		operations.retry(id);
		return ResponseEntity.accepted().build();
	}

}
