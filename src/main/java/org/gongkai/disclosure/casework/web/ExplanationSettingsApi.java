package org.gongkai.disclosure.casework.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.agencies.Agencies;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.casework.stops.ExplanationSettings.ClockWhileAwaiting;
import org.gongkai.disclosure.casework.stops.ExplanationSettings;
import org.gongkai.disclosure.shared.Refusal;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An agency's 《条例》第三十五条 rule in the administrator's API (docs/statute.md#art-35).
 */
@RestController
@RequestMapping("/api/admin/agencies/{code}/explanation-settings")
@PreAuthorize("hasRole('ADMINISTRATOR')")
@Tag(name = "administration", description = "系统管理")
class ExplanationSettingsApi {

	private final ExplanationSettings settings;

	private final Agencies agencies;

	ExplanationSettingsApi(ExplanationSettings settings, Agencies agencies) {
		this.settings = settings;
		this.agencies = agencies;
	}

	@GetMapping
	@Operation(summary = "本机关《条例》第三十五条规则：延迟答复的合理期限（工作日）、等待说明理由期间答复期限是否中止及其依据")
	SettingJson get(@PathVariable String code) {
		return SettingJson.of(settings.of(agency(code).id()));
	}

	@PutMapping
	@Operation(summary = "设置本机关《条例》第三十五条规则（系统管理员）；此后发出的说明理由告知书按新规则，已发出的不变")
	SettingJson put(@AuthenticationPrincipal GongkaiUser admin, @PathVariable String code,
			@RequestBody SettingJson body) {
		return SettingJson.of(settings.save(admin, agency(code).id(), body.delayWorkingDays(),
				body.clockWhileAwaiting(), body.localBasis()));
	}

	private Agency agency(String code) {
		return agencies.byCode(code).orElseThrow(() -> new Refusal("refusal.casework.agency.unknownCode", code));
	}

	/** The rule, with the basis it rests on (read only) and whether it is the default. */
	record SettingJson(Integer delayWorkingDays, ClockWhileAwaiting clockWhileAwaiting, String localBasis, String basis,
			Boolean defaults) {

		static SettingJson of(ExplanationSettings.Setting s) {
			return new SettingJson(s.delayWorkingDays(), s.clockWhileAwaiting(), s.localBasis(), s.basis(),
					s.defaults());
		}

	}

}
