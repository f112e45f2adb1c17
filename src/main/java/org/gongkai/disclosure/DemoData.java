package org.gongkai.disclosure;

import java.util.List;

import org.gongkai.disclosure.accounts.Accounts;
import org.gongkai.disclosure.accounts.Role;
import org.gongkai.disclosure.agencies.Agencies;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.applicants.ApplicantCategory;
import org.gongkai.disclosure.applicants.ApplicantDetails;
import org.gongkai.disclosure.applicants.ApplicantRegistration;
import org.gongkai.disclosure.applicants.IdDocumentType;
import org.gongkai.disclosure.shared.ids.AgencyId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo agency and one account per role, created once by the run command (profile
 * {@code local}) and printed at every start. These are the only passwords Gongkai ever
 * ships, and only in the demo data.
 */
@Component
@Profile("local")
class DemoData {

	static final String AGENCY_CODE = "DEMO-XQ";
	static final String PASSWORD = "gongkai-demo";

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	static final String DEPARTMENT_CODE = "DEMO-XQ-ZJJ";
	static final String DEPARTMENT_NAME = "示范县住房和城乡建设局";

	private final Agencies agencies;

	private final Accounts accounts;

	private final ApplicantRegistration registration;

	private final TransactionTemplate transactions;

	private final Environment environment;

	DemoData(Agencies agencies, Accounts accounts, ApplicantRegistration registration, TransactionTemplate transactions,
			Environment environment) {
		this.agencies = agencies;
		this.accounts = accounts;
		this.registration = registration;
		this.transactions = transactions;
		this.environment = environment;
	}

	/**
	 * Before the demo cases ({@code casework.demo.DemoCases}, order 2), which need the
	 * accounts.
	 */
	@EventListener(ApplicationReadyEvent.class)
	@Order(1)
	void createAndPrint() {
		transactions.executeWithoutResult(tx -> create());
		String url = "http://localhost:" + environment.getProperty("local.server.port", "8080");
		StringBuilder out = new StringBuilder().append("\n\n  Gongkai is running at ")
			.append(url)
			.append("\n  API documentation: ")
			.append(url)
			.append("/swagger-ui.html")
			.append("\n  Demo agency: ")
			.append(AGENCY_CODE)
			.append(" 示范县人民政府办公室")
			.append("\n  Demo accounts (password for all: ")
			.append(PASSWORD)
			.append("):");
		for (List<String> account : List.of(List.of("applicant", "申请人 张三"), List.of("registrar", "登记员"),
				List.of("officer", "承办人"), List.of("reviewer", "法制审核人员"), List.of("head", "公开工作机构负责人"),
				List.of("statistician", "年报统计人员"), List.of("admin", "系统管理员"),
				List.of("department", "承办人，" + DEPARTMENT_NAME + "（下属部门，接受交办）"))) {
			out.append("\n    ").append(String.format("%-14s", account.get(0))).append(account.get(1));
		}
		log.info(out.append("\n").toString());
	}

	private void create() {
		Agency agency = agencies.byCode(AGENCY_CODE)
			.orElseGet(() -> agencies.save(new Agency(AgencyId.random(), AGENCY_CODE, "示范县人民政府办公室", null,
					"示范县人民政府办公室政府信息公开工作机构", "示范县人民路1号", "0000-1234567")));
		officer("registrar", "登记员 李四", Role.REGISTRAR, agency);
		officer("officer", "承办人 王五", Role.CASE_OFFICER, agency);
		officer("reviewer", "法制审核 孙七", Role.LEGAL_REVIEWER, agency);
		officer("head", "负责人 赵六", Role.HEAD_OF_OFFICE, agency);
		officer("statistician", "统计 周八", Role.STATISTICIAN, agency);
		officer("admin", "管理员 吴九", Role.ADMINISTRATOR, agency);
		Agency department = agencies.byCode(DEPARTMENT_CODE)
			.orElseGet(() -> agencies.save(new Agency(AgencyId.random(), DEPARTMENT_CODE, DEPARTMENT_NAME, agency.id(),
					DEPARTMENT_NAME + "办公室", "示范县建设路8号", "0000-7654321")));
		officer("department", "住建局承办人 郑十", Role.CASE_OFFICER, department);
		if (!accounts.exists("applicant")) {
			registration.register(
					new ApplicantDetails(ApplicantCategory.NATURAL_PERSON, "张三", IdDocumentType.RESIDENT_ID_CARD,
							"11010519491231002X", "13800138000", "zhangsan@example.org", "示范县幸福街2号"),
					"applicant", PASSWORD);
		}
	}

	private void officer(String username, String name, Role role, Agency agency) {
		if (!accounts.exists(username)) {
			accounts.create(username, PASSWORD, name, role, agency.id(), null);
		}
	}

}
