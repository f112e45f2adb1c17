package org.gongkai.disclosure.proactive;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gongkai.disclosure.accounts.GongkaiUser;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/proactive")
@Tag(name = "proactive", description = "主动公开登记（年度报告第二部分的数据来源）")
class ProactiveController {

	private final ProactiveRegistry registry;

	ProactiveController(ProactiveRegistry registry) {
		this.registry = registry;
	}

	record Figures(List<ProactiveRegistry.NewFigure> figures) {
	}

	@GetMapping("/{year}")
	@Operation(summary = "某机关某年度的主动公开登记记录（最新在前；每项以最新一条为准）")
	List<ProactiveEntry> entries(@AuthenticationPrincipal GongkaiUser reader, @PathVariable int year,
			@RequestParam("agency") String agencyCode) {
		return registry.entriesFor(reader, agencyCode, year);
	}

	@PostMapping("/{year}")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "录入主动公开数据（本机关年报统计人员或公开工作机构负责人；每项须注明数据来源；全部成功或全部不保存）")
	List<ProactiveEntry> enter(@AuthenticationPrincipal GongkaiUser officer, @PathVariable int year,
			@RequestParam("agency") String agencyCode, @RequestBody Figures body) {
		return registry.enter(officer, agencyCode, year, body.figures());
	}

}
