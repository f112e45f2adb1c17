package org.gongkai.disclosure.administration;

import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.accounts.Role;
import org.gongkai.disclosure.agencies.Agencies;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.agencies.AgencyKind;
import org.gongkai.disclosure.agencies.AgencyParticulars;
import org.gongkai.disclosure.audit.AuditAction;
import org.gongkai.disclosure.audit.AuditResult;
import org.gongkai.disclosure.audit.AuditTrail;
import org.gongkai.disclosure.shared.Refusal;
import org.gongkai.disclosure.shared.ids.AgencyId;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agency tree and each agency's particulars, kept by administrators: 本级人民政府 at the
 * top, its 部门, 乡镇 and 街道 below it, and 下属部门 that take routed work. One set of rules
 * ({@link #check}) for the page, the API and every line of an import. Every change is
 * audited.
 */
@Service
public class Organisation {

	private final Agencies agencies;

	private final AuditTrail audit;

	Organisation(Agencies agencies, AuditTrail audit) {
		this.agencies = agencies;
		this.audit = audit;
	}

	/** The whole tree, each agency with its particulars, parents before children. */
	public List<Node> tree() {
		List<Node> nodes = new ArrayList<>();
		for (Agency top : agencies.all().stream().filter(a -> a.parentId() == null).toList()) {
			walk(top, 0, nodes);
		}
		return nodes;
	}

	private void walk(Agency agency, int depth, List<Node> nodes) {
		nodes.add(new Node(agency, agencies.particulars(agency.id()), depth));
		for (Agency child : agencies.childrenOf(agency.id())) {
			walk(child, depth + 1, nodes);
		}
	}

	public Optional<Node> byCode(String code) {
		return agencies.byCode(code).map(a -> new Node(a, agencies.particulars(a.id()), 0));
	}

	/**
	 * The rules of an agency entry. {@code kindOf} finds the kind of an agency by code,
	 * among those that exist and, in an import, those on earlier lines.
	 * @return what is wrong, empty if nothing
	 */
	public List<String> check(AgencyForm form, boolean isNew, Function<String, Optional<AgencyKind>> kindOf) {
		List<String> problems = new ArrayList<>();
		if (form.code() == null || !form.code().matches("[A-Z0-9-]{2,32}")) {
			problems.add("机关代码须为2至32位大写字母、数字或连字符");
		}
		else if (isNew && kindOf.apply(form.code()).isPresent()) {
			problems.add("机关代码 " + form.code() + " 已存在");
		}
		text(form.name(), "机关名称", 200, true, problems);
		text(form.officeName(), "政府信息公开工作机构名称", 200, true, problems);
		text(form.fullName(), "全称", 200, false, problems);
		text(form.address(), "地址", 300, false, problems);
		text(form.phone(), "电话", 40, false, problems);
		text(form.referencePrefix(), "文号前缀", 40, false, problems);
		text(form.reviewBody(), "行政复议机关", 200, false, problems);
		text(form.court(), "人民法院", 200, false, problems);
		text(form.feePayment(), "信息处理费缴纳方式", 500, false, problems);
		if (form.kind() == null) {
			problems.add("请选择机关类别（本级人民政府、部门、乡镇、街道或下属部门）");
		}
		else {
			AgencyKind parentKind = null;
			if (form.parentCode() != null && !form.parentCode().isBlank()) {
				parentKind = kindOf.apply(form.parentCode()).orElse(null);
				if (parentKind == null) {
					problems.add("上级机关 " + form.parentCode() + " 不存在（上级须先于下级创建）");
				}
			}
			boolean parentMissing = form.parentCode() != null && !form.parentCode().isBlank() && parentKind == null;
			if (!parentMissing && !form.kind().mayBeBelow(parentKind)) {
				problems.add(form.kind() == AgencyKind.GOVERNMENT ? "本级人民政府不能有上级机关" : form.kind().label() + "须设在"
						+ (form.kind() == AgencyKind.SUBORDINATE ? "某一机关" : AgencyKind.GOVERNMENT.label()) + "之下");
			}
		}
		if (form.reportDue() != null && !form.reportDue().isBlank()) {
			try {
				MonthDay.parse("--" + form.reportDue().trim());
			}
			catch (DateTimeException e) {
				problems.add("年报截止日期须为“月-日”，如 01-31");
			}
		}
		return problems;
	}

	/**
	 * Creates an agency below an existing one (or a government), with its particulars.
	 */
	@Transactional
	public Agency create(GongkaiUser admin, AgencyForm form) {
		requireAdministrator(admin);
		return createChecked(form);
	}

	/** The first start's 本级人民政府, created before any administrator exists. */
	@Transactional
	Agency createGovernment(AgencyForm form) {
		return createChecked(form);
	}

	Agency createChecked(AgencyForm form) {
		List<String> problems = check(form, true, this::kindOf);
		if (!problems.isEmpty()) {
			throw new IllegalArgumentException(String.join("；", problems));
		}
		AgencyId parent = blank(form.parentCode()) ? null : agencies.byCode(form.parentCode()).orElseThrow().id();
		Agency agency = agencies.save(new Agency(AgencyId.random(), form.code(), form.name().trim(), parent,
				form.officeName().trim(), trimmed(form.address()), trimmed(form.phone())));
		agencies.saveParticulars(particulars(agency.id(), form));
		audit.record(AuditAction.AGENCY_CREATED, "agency", agency.id(), AuditResult.SUCCESS, "新建" + form.kind().label()
				+ " " + agency.name() + "（" + agency.code() + "）" + (parent == null ? "" : "，上级 " + form.parentCode()));
		return agency;
	}

	/**
	 * Changes an agency's name and particulars. Its code and its place in the tree stay:
	 * cases, references and reports are filed under them.
	 */
	@Transactional
	public Agency update(GongkaiUser admin, String code, AgencyForm form) {
		requireAdministrator(admin);
		Agency existing = agencies.byCode(code)
			.orElseThrow(() -> new Refusal("refusal.administration.agency.unknownCode", code));
		AgencyParticulars before = agencies.particulars(existing.id());
		String parentCode = existing.parentId() == null ? null
				: agencies.byId(existing.parentId()).map(Agency::code).orElse(null);
		AgencyForm normalised = new AgencyForm(code, form.name(), form.kind() == null ? before.kind() : form.kind(),
				parentCode, form.officeName(), form.fullName(), form.address(), form.phone(), form.referencePrefix(),
				form.reviewBody(), form.court(), form.chargesFees(), form.reportDue(), form.feePayment());
		List<String> problems = check(normalised, false, this::kindOf);
		if (!problems.isEmpty()) {
			throw new IllegalArgumentException(String.join("；", problems));
		}
		Agency agency = agencies.save(new Agency(existing.id(), code, normalised.name().trim(), existing.parentId(),
				normalised.officeName().trim(), trimmed(normalised.address()), trimmed(normalised.phone())));
		AgencyParticulars after = particulars(existing.id(), normalised);
		agencies.saveParticulars(after);
		audit.record(AuditAction.AGENCY_CHANGED, "agency", existing.id(), AuditResult.SUCCESS,
				"修改机关 " + code + "：" + describe(existing, before) + " → " + describe(agency, after));
		return agency;
	}

	Optional<AgencyKind> kindOf(String code) {
		return agencies.byCode(code).map(a -> agencies.particulars(a.id()).kind());
	}

	private static AgencyParticulars particulars(AgencyId id, AgencyForm form) {
		return new AgencyParticulars(id, form.kind(), trimmed(form.fullName()), trimmed(form.referencePrefix()),
				trimmed(form.reviewBody()), trimmed(form.court()), form.chargesFees() == null || form.chargesFees(),
				blank(form.reportDue()) ? null : MonthDay.parse("--" + form.reportDue().trim()),
				trimmed(form.feePayment()));
	}

	private static String describe(Agency a, AgencyParticulars p) {
		return "[" + a.name() + "｜" + a.officeName() + "｜" + a.address() + "｜" + a.phone() + "｜全称 " + p.fullName()
				+ "｜文号 " + p.referencePrefix() + "｜复议机关 " + p.reviewBody() + "｜法院 " + p.court() + "｜收费 "
				+ p.chargesFees() + "｜年报 " + p.reportDue() + "｜缴费 " + p.feePayment() + "]";
	}

	private static void text(String value, String what, int max, boolean required, List<String> problems) {
		if (blank(value)) {
			if (required) {
				problems.add(what + "不能为空");
			}
			return;
		}
		if (value.trim().length() > max) {
			problems.add(what + "不能超过" + max + "个字");
		}
		else if (value.chars().anyMatch(Character::isISOControl)) {
			problems.add(what + "含有不可见的控制字符");
		}
	}

	static void requireAdministrator(GongkaiUser user) {
		if (user == null || !user.hasRole(Role.ADMINISTRATOR)) {
			throw new AccessDeniedException("Only system administrators may manage the organisation");
		}
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	private static String trimmed(String s) {
		return blank(s) ? null : s.trim();
	}

	/** An agency in the tree: its record, particulars and depth (0 at the top). */
	public record Node(Agency agency, AgencyParticulars particulars, int depth) {
	}

}
