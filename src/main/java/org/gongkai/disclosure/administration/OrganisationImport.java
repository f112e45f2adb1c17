package org.gongkai.disclosure.administration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.gongkai.disclosure.accounts.AccountAdministration.CreatedAccount;
import org.gongkai.disclosure.accounts.AccountAdministration;
import org.gongkai.disclosure.accounts.Accounts;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.accounts.Role;
import org.gongkai.disclosure.agencies.Agencies;
import org.gongkai.disclosure.agencies.AgencyKind;
import org.gongkai.disclosure.audit.AuditAction;
import org.gongkai.disclosure.audit.AuditResult;
import org.gongkai.disclosure.audit.AuditTrail;
import org.gongkai.disclosure.shared.Refusal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports an organisation — its agencies and its officers' accounts — from two tables
 * (CSV or .xlsx), through the same rules as the administrator's pages: every line is
 * checked first and every bad line reported; only a file without a single bad line is
 * written, all of it in one transaction. New accounts get temporary passwords, returned
 * once, to be changed at the first login.
 */
@Service
public class OrganisationImport {

	static final Map<String, List<String>> AGENCY_COLUMNS = columns("代码:code", "名称:name", "类别:kind", "上级代码:parent",
			"公开工作机构:office", "全称:full_name", "地址:address", "电话:phone", "文号前缀:reference_prefix", "复议机关:review_body",
			"人民法院:court", "收费:charges_fees", "年报截止:report_due", "缴费方式:fee_payment");

	static final Map<String, List<String>> ACCOUNT_COLUMNS = columns("用户名:username", "姓名:name", "角色:roles",
			"机关代码:agency");

	private final Organisation organisation;

	private final Agencies agencies;

	private final Accounts accounts;

	private final AccountAdministration administration;

	private final AuditTrail audit;

	OrganisationImport(Organisation organisation, Agencies agencies, Accounts accounts,
			AccountAdministration administration, AuditTrail audit) {
		this.organisation = organisation;
		this.agencies = agencies;
		this.accounts = accounts;
		this.administration = administration;
		this.audit = audit;
	}

	/**
	 * Checks both tables and, if no line is wrong, writes them.
	 * @param agencyFile the agencies, or null
	 * @param accountFile the accounts, or null
	 * @throws ImportRefused listing every bad line; nothing was written
	 */
	@Transactional
	public Result importFiles(GongkaiUser admin, byte[] agencyFile, byte[] accountFile) {
		Organisation.requireAdministrator(admin);
		if (agencyFile == null && accountFile == null) {
			throw new Refusal("refusal.administration.import.chooseTable");
		}
		List<Problem> problems = new ArrayList<>();
		List<AgencyForm> agencyForms = new ArrayList<>();
		Map<String, AgencyKind> inFile = new HashMap<>();
		if (agencyFile != null) {
			for (OrganisationFile.Line line : lines(agencyFile, AGENCY_COLUMNS, "机关表", problems)) {
				AgencyForm form = agencyForm(line, problems);
				if (form == null) {
					continue;
				}
				List<String> wrong = organisation.check(form, true,
						code -> Optional.ofNullable(inFile.get(code)).or(() -> organisation.kindOf(code)));
				if (wrong.isEmpty()) {
					agencyForms.add(form);
					inFile.put(form.code(), form.kind());
				}
				else {
					wrong.forEach(w -> problems.add(new Problem("机关表", line.number(), w)));
				}
			}
		}
		List<AccountLine> accountLines = new ArrayList<>();
		if (accountFile != null) {
			Set<String> usernames = new HashSet<>();
			for (OrganisationFile.Line line : lines(accountFile, ACCOUNT_COLUMNS, "账号表", problems)) {
				List<String> wrong = new ArrayList<>();
				String username = line.get("username");
				if (username == null || !username.matches("[A-Za-z0-9._-]{3,64}")) {
					wrong.add("用户名须为3至64位字母、数字、点、下划线或连字符");
				}
				else if (accounts.exists(username) || !usernames.add(username.toLowerCase())) {
					wrong.add("用户名 " + username + " 已被使用");
				}
				String name = line.get("name");
				if (name == null || name.length() > 100) {
					wrong.add("姓名不能为空，且不能超过100个字");
				}
				List<Role> roles = roles(line.get("roles"), wrong);
				String agency = line.get("agency");
				if (agency == null || (!inFile.containsKey(agency) && agencies.byCode(agency).isEmpty())) {
					wrong.add("机关代码 " + (agency == null ? "（空）" : agency) + " 不存在");
				}
				if (wrong.isEmpty()) {
					accountLines.add(new AccountLine(username, name, roles, agency));
				}
				else {
					wrong.forEach(w -> problems.add(new Problem("账号表", line.number(), w)));
				}
			}
		}
		if (!problems.isEmpty()) {
			audit.recordAlone(AuditAction.ORGANISATION_IMPORT, "organisation", "import", AuditResult.FAILED,
					"组织机构导入被拒绝：" + problems.size() + " 处错误，未写入任何内容");
			throw new ImportRefused(problems);
		}
		agencyForms.forEach(organisation::createChecked);
		List<CreatedAccount> created = new ArrayList<>();
		for (AccountLine a : accountLines) {
			created.add(administration.createOfficer(admin, a.username(), a.name(), a.roles(),
					agencies.byCode(a.agencyCode()).orElseThrow().id()));
		}
		audit.record(AuditAction.ORGANISATION_IMPORT, "organisation", "import", AuditResult.SUCCESS,
				"导入组织机构：机关 " + agencyForms.size() + " 个，账号 " + created.size() + " 个");
		return new Result(agencyForms.size(), created);
	}

	private static List<OrganisationFile.Line> lines(byte[] file, Map<String, List<String>> columns, String name,
			List<Problem> problems) {
		try {
			List<String> required = columns == AGENCY_COLUMNS ? List.of("code", "name", "kind", "office")
					: List.of("username", "name", "roles", "agency");
			return OrganisationFile.read(file, columns, required);
		}
		catch (IllegalArgumentException e) {
			problems.add(new Problem(name, 1, e.getMessage()));
			return List.of();
		}
	}

	private static AgencyForm agencyForm(OrganisationFile.Line line, List<Problem> problems) {
		AgencyKind kind = null;
		String kindText = line.get("kind");
		if (kindText != null) {
			for (AgencyKind k : AgencyKind.values()) {
				if (k.label().equals(kindText) || k.name().equalsIgnoreCase(kindText)) {
					kind = k;
				}
			}
			if (kind == null) {
				problems.add(new Problem("机关表", line.number(), "机关类别“" + kindText + "”无法识别（本级人民政府、部门、乡镇、街道、下属部门）"));
				return null;
			}
		}
		Boolean charges = null;
		String chargesText = line.get("charges_fees");
		if (chargesText != null) {
			charges = switch (chargesText) {
				case "是", "收费", "true", "TRUE", "yes" -> true;
				case "否", "不收费", "false", "FALSE", "no" -> false;
				default -> {
					problems.add(new Problem("机关表", line.number(), "收费须填“是”或“否”"));
					yield null;
				}
			};
			if (charges == null) {
				return null;
			}
		}
		return new AgencyForm(line.get("code"), line.get("name"), kind, line.get("parent"), line.get("office"),
				line.get("full_name"), line.get("address"), line.get("phone"), line.get("reference_prefix"),
				line.get("review_body"), line.get("court"), charges, line.get("report_due"), line.get("fee_payment"));
	}

	/** Roles by label or name, separated by 、 , ; or /; the first is the primary one. */
	private static List<Role> roles(String text, List<String> wrong) {
		List<Role> roles = new ArrayList<>();
		if (text == null) {
			wrong.add("角色不能为空");
			return roles;
		}
		for (String part : text.split("[、,，;；/]")) {
			String name = part.strip();
			if (name.isEmpty()) {
				continue;
			}
			Role found = null;
			for (Role r : Role.values()) {
				if (r != Role.APPLICANT && (r.label().equals(name) || r.name().equalsIgnoreCase(name))) {
					found = r;
				}
			}
			if (found == null) {
				wrong.add("角色“" + name + "”无法识别");
			}
			else if (!roles.contains(found)) {
				roles.add(found);
			}
		}
		if (roles.isEmpty() && wrong.isEmpty()) {
			wrong.add("角色不能为空");
		}
		return roles;
	}

	private static Map<String, List<String>> columns(String... pairs) {
		Map<String, List<String>> columns = new LinkedHashMap<>();
		for (String pair : pairs) {
			String[] names = pair.split(":");
			columns.put(names[1], List.of(names[0], names[1]));
		}
		return columns;
	}

	private record AccountLine(String username, String name, List<Role> roles, String agencyCode) {
	}

	/** One bad line: which table, which line (the header is line 1), what is wrong. */
	public record Problem(String file, int line, String message) {
	}

	/**
	 * What was written: the agencies, and the new accounts with their temporary
	 * passwords.
	 */
	public record Result(int agencies, List<CreatedAccount> accounts) {
	}

	/** The import was refused; nothing was written. */
	public static class ImportRefused extends RuntimeException {

		private final List<Problem> problems;

		ImportRefused(List<Problem> problems) {
			super("导入被拒绝：" + problems.size() + " 处错误，未写入任何内容");
			this.problems = List.copyOf(problems);
		}

		public List<Problem> problems() {
			return problems;
		}

	}

}
