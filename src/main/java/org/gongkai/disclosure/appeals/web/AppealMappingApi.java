package org.gongkai.disclosure.appeals.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.appeals.AppealResult;
import org.gongkai.disclosure.appeals.DecisionType;
import org.gongkai.disclosure.appeals.handling.AppealResultMappings;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The administrator's API for the section 四 mapping of decision types
 * (docs/statute.md#s2.3, configurable).
 */
@RestController
@RequestMapping("/api/admin/appeal-results")
@Tag(name = "appeal-results", description = "复议决定、裁判类型的第四部分统计口径（系统管理员）")
class AppealMappingApi {

	private final AppealResultMappings mappings;

	AppealMappingApi(AppealResultMappings mappings) {
		this.mappings = mappings;
	}

	@GetMapping
	@Operation(summary = "全部决定（裁判）类型及其统计口径（结果维持/结果纠正/其他结果）")
	List<MappingJson> all() {
		return mappings.all().stream().map(MappingJson::of).toList();
	}

	@PutMapping("/{type}")
	@Operation(summary = "修改一种决定（裁判）类型的统计口径；记入审计日志，此后编制的报告（含以往年度）按新口径计算")
	MappingJson change(@AuthenticationPrincipal GongkaiUser admin, @PathVariable DecisionType type,
			@Valid @RequestBody Change change) {
		return MappingJson.of(mappings.change(admin, type, change.result()));
	}

	record Change(@NotNull AppealResult result) {
	}

	record MappingJson(String type, String kind, String label, String legalBasis, String result, String resultLabel,
			String updatedBy) {
		static MappingJson of(AppealResultMappings.Mapping m) {
			return new MappingJson(m.type().name(), m.type().kind().label(), m.label(), m.legalBasis(),
					m.result().name(), m.result().label(), m.updatedBy());
		}
	}

}
