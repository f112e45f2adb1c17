package org.gongkai.disclosure.administration.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gongkai.disclosure.accounts.AccountAdministration.AccountSummary;
import org.gongkai.disclosure.accounts.AccountAdministration.CreatedAccount;
import org.gongkai.disclosure.accounts.AccountAdministration;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.accounts.Role;
import org.gongkai.disclosure.administration.AgencyForm;
import org.gongkai.disclosure.administration.Organisation;
import org.gongkai.disclosure.administration.OrganisationImport.ImportRefused;
import org.gongkai.disclosure.administration.OrganisationImport;
import org.gongkai.disclosure.agencies.Agencies;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.casework.CaseHandlers;
import org.gongkai.disclosure.shared.Refusal;
import org.gongkai.disclosure.shared.ids.AgencyId;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The administrator's API for the organisation: agencies and their particulars, officers'
 * accounts, the import of a whole organisation, and handing a leaving officer's cases to
 * another. The same services as the pages.
 */
@RestController
@RequestMapping("/api/admin")
@PreAuthorize("hasRole('ADMINISTRATOR')")
@Tag(name = "administration", description = "组织机构与账号管理（系统管理员）")
class AdministrationApi {

	private final Organisation organisation;

	private final OrganisationImport imports;

	private final AccountAdministration accounts;

	private final Agencies agencies;

	private final CaseHandlers handlers;

	AdministrationApi(Organisation organisation, OrganisationImport imports, AccountAdministration accounts,
			Agencies agencies, CaseHandlers handlers) {
		this.organisation = organisation;
		this.imports = imports;
		this.accounts = accounts;
		this.agencies = agencies;
		this.handlers = handlers;
	}

	@GetMapping("/agencies")
	@Operation(summary = "机关树（上级在前）及各机关的文书、年报用信息")
	List<AgencyJson> agencies() {
		return organisation.tree().stream().map(this::json).toList();
	}

	@PostMapping("/agencies")
	@Operation(summary = "新建机关：本级人民政府，或其下的部门、乡镇、街道、下属部门")
	ResponseEntity<AgencyJson> createAgency(@AuthenticationPrincipal GongkaiUser admin, @RequestBody AgencyForm form) {
		Agency agency = organisation.create(admin, form);
		return ResponseEntity.created(URI.create("/api/admin/agencies/" + agency.code()))
			.body(json(organisation.byCode(agency.code()).orElseThrow()));
	}

	@PutMapping("/agencies/{code}")
	@Operation(summary = "修改机关名称及文书、年报用信息（代码和上级不变）")
	AgencyJson updateAgency(@AuthenticationPrincipal GongkaiUser admin, @PathVariable String code,
			@RequestBody AgencyForm form) {
		organisation.update(admin, code, form);
		return json(organisation.byCode(code).orElseThrow());
	}

	@GetMapping("/accounts")
	@Operation(summary = "工作人员账号：角色、所属机关、状态（不含密码）")
	List<AccountJson> accounts(@AuthenticationPrincipal GongkaiUser admin) {
		return accounts.officers(admin).stream().map(this::json).toList();
	}

	@PostMapping("/accounts")
	@Operation(summary = "新建工作人员账号；返回一次性临时密码，首次登录须修改")
	ResponseEntity<CreatedAccount> createAccount(@AuthenticationPrincipal GongkaiUser admin,
			@RequestBody NewAccount account) {
		CreatedAccount created = accounts.createOfficer(admin, account.username(), account.displayName(),
				account.roles(), agencyId(account.agencyCode()));
		return ResponseEntity.created(URI.create("/api/admin/accounts/" + created.username())).body(created);
	}

	@PutMapping("/accounts/{username}/roles")
	@Operation(summary = "设置角色（可多个，第一个为主要角色）")
	AccountJson roles(@AuthenticationPrincipal GongkaiUser admin, @PathVariable String username,
			@RequestBody RolesJson roles) {
		UUID id = account(username).id();
		accounts.setRoles(admin, id, roles.roles());
		return json(account(username));
	}

	@PutMapping("/accounts/{username}/agency")
	@Operation(summary = "调整所属机关")
	AccountJson agency(@AuthenticationPrincipal GongkaiUser admin, @PathVariable String username,
			@RequestBody AgencyCode agency) {
		accounts.moveToAgency(admin, account(username).id(), agencyId(agency.agencyCode()));
		return json(account(username));
	}

	@PostMapping("/accounts/{username}/deactivation")
	@Operation(summary = "停用账号（其未办结案件由负责人看到，待改派）")
	AccountJson deactivate(@AuthenticationPrincipal GongkaiUser admin, @PathVariable String username) {
		accounts.deactivate(admin, account(username).id());
		return json(account(username));
	}

	@PostMapping("/accounts/{username}/reactivation")
	@Operation(summary = "重新启用账号")
	AccountJson reactivate(@AuthenticationPrincipal GongkaiUser admin, @PathVariable String username) {
		accounts.reactivate(admin, account(username).id());
		return json(account(username));
	}

	@PostMapping("/accounts/{username}/unlock")
	@Operation(summary = "解除登录失败锁定")
	AccountJson unlock(@AuthenticationPrincipal GongkaiUser admin, @PathVariable String username) {
		accounts.unlock(admin, account(username).id());
		return json(account(username));
	}

	@PostMapping("/accounts/{username}/password-reset")
	@Operation(summary = "重置密码：返回一次性临时密码，下次登录须修改")
	Map<String, String> resetPassword(@AuthenticationPrincipal GongkaiUser admin, @PathVariable String username) {
		return Map.of("username", username, "temporaryPassword", accounts.resetPassword(admin, account(username).id()));
	}

	@PostMapping("/accounts/{username}/second-factor-removal")
	@Operation(summary = "移除两步验证（手机丢失且无恢复码时）；须使用两步验证的角色下次登录时重新设置")
	AccountJson removeSecondFactor(@AuthenticationPrincipal GongkaiUser admin, @PathVariable String username) {
		accounts.removeSecondFactor(admin, account(username).id());
		return json(account(username));
	}

	@PostMapping("/accounts/{username}/reassignment")
	@Operation(summary = "将该工作人员的全部未办结案件和待办任务改派给同一机关的另一名工作人员（不显示案件内容）")
	Map<String, Object> reassign(@AuthenticationPrincipal GongkaiUser admin, @PathVariable String username,
			@RequestBody Reassignment reassignment) {
		int moved = handlers.reassignAll(admin, account(username).id(), account(reassignment.toUsername()).id());
		return Map.of("from", username, "to", reassignment.toUsername(), "cases", moved);
	}

	@PostMapping(value = "/organisation/import", consumes = "multipart/form-data")
	@Operation(summary = "导入组织机构：机关表和/或账号表（CSV 或 .xlsx）；任一行有误则整体不导入并列出各行错误；" + "返回新账号的一次性临时密码")
	OrganisationImport.Result importOrganisation(@AuthenticationPrincipal GongkaiUser admin,
			@RequestPart(required = false) MultipartFile agencies,
			@RequestPart(required = false) MultipartFile accounts) throws IOException {
		return imports.importFiles(admin, agencies == null ? null : agencies.getBytes(),
				accounts == null ? null : accounts.getBytes());
	}

	@ExceptionHandler(ImportRefused.class)
	ProblemDetail refused(ImportRefused e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
		problem.setTitle("导入被拒绝");
		problem.setProperty("errors", e.problems());
		return problem;
	}

	private AccountSummary account(String username) {
		return accounts.summary(username)
			.orElseThrow(() -> new Refusal("refusal.administration.account.unknownUsername", username));
	}

	private AgencyId agencyId(String code) {
		return agencies.byCode(code == null ? "" : code)
			.orElseThrow(() -> new Refusal("refusal.administration.agency.unknownCode", code))
			.id();
	}

	private AgencyJson json(Organisation.Node node) {
		Agency a = node.agency();
		String parent = a.parentId() == null ? null : agencies.byId(a.parentId()).map(Agency::code).orElse(null);
		var p = node.particulars();
		return new AgencyJson(a.code(), a.name(), p.kind().name(), p.kind().label(), parent, node.depth(),
				a.officeName(), p.fullName(), a.address(), a.phone(), p.referencePrefix(), p.reviewBody(), p.court(),
				p.chargesFees(), p.reportDueOrDefault().toString().substring(2), p.feePayment());
	}

	private AccountJson json(AccountSummary s) {
		String agency = s.agencyId() == null ? null : agencies.byId(s.agencyId()).map(Agency::code).orElse(null);
		return new AccountJson(s.username(), s.displayName(), s.role(), List.copyOf(s.roles()), agency, s.enabled(),
				s.locked(), s.mustChangePassword(), s.secondFactor(), handlers.openCasesOf(s.id()));
	}

	record AgencyJson(String code, String name, String kind, String kindLabel, String parentCode, int depth,
			String officeName, String fullName, String address, String phone, String referencePrefix, String reviewBody,
			String court, boolean chargesFees, String reportDue, String feePayment) {
	}

	record AccountJson(String username, String displayName, Role role, List<Role> roles, String agencyCode,
			boolean enabled, boolean locked, boolean mustChangePassword, boolean secondFactor, int openCases) {
	}

	record NewAccount(String username, String displayName, List<Role> roles, String agencyCode) {
	}

	record RolesJson(List<Role> roles) {
	}

	record AgencyCode(String agencyCode) {
	}

	record Reassignment(String toUsername) {
	}

}
