package org.gongkai.disclosure.casework.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.agencies.Agencies;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.applicants.ApplicantCategory;
import org.gongkai.disclosure.applicants.ApplicantDetails;
import org.gongkai.disclosure.applicants.IdDocumentType;
import org.gongkai.disclosure.casework.Channel;
import org.gongkai.disclosure.casework.DeliveryMethod;
import org.gongkai.disclosure.casework.DisclosureCase;
import org.gongkai.disclosure.casework.NotHeldAnswer;
import org.gongkai.disclosure.casework.RequestedForm;
import org.gongkai.disclosure.casework.WithheldPart;
import org.gongkai.disclosure.casework.decision.CaseDecisions;
import org.gongkai.disclosure.casework.decision.CaseWithdrawals;
import org.gongkai.disclosure.casework.history.HistoricCases;
import org.gongkai.disclosure.casework.history.HistoricCases.HistoricCase;
import org.gongkai.disclosure.casework.intake.NewRequest;
import org.gongkai.disclosure.casework.intake.OfflineRequest;
import org.gongkai.disclosure.casework.intake.RequestIntake;
import org.gongkai.disclosure.casework.routing.CaseRoutings;
import org.gongkai.disclosure.casework.stops.CaseCorrections;
import org.gongkai.disclosure.deadlines.ReplyDeadlines;
import org.gongkai.disclosure.decisions.Outcome;
import org.gongkai.disclosure.shared.ids.CaseId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import static org.gongkai.disclosure.accounts.SignedInAs.as;

/**
 * The run command's demo cases (profile {@code local}), created once, on the first start
 * after the demo agency and accounts exist ({@code DemoData}), so that every page and the
 * annual report have something to show: last year's requests as the office's ledger
 * records them (imported, as a county going live imports its ledger), and this year's in
 * every state a case passes through — new, awaiting a 补正, routed to a department, at
 * legal review, at sign-off, answered with each family of outcomes, withdrawn — filed and
 * handled through the same services the pages call, as the demo accounts. Nothing here
 * runs outside the {@code local} profile.
 */
@Component
@Profile("local")
class DemoCases {

	private static final Logger log = LoggerFactory.getLogger(DemoCases.class);

	private static final String AGENCY_CODE = "DEMO-XQ";

	private static final String DEPARTMENT_CODE = "DEMO-XQ-ZJJ";

	private final Agencies agencies;

	private final UserDetailsService users;

	private final RequestIntake intake;

	private final CaseCorrections corrections;

	private final CaseRoutings routings;

	private final CaseDecisions decisions;

	private final CaseWithdrawals withdrawals;

	private final HistoricCases historic;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final TransactionTemplate transactions;

	DemoCases(Agencies agencies, UserDetailsService users, RequestIntake intake, CaseCorrections corrections,
			CaseRoutings routings, CaseDecisions decisions, CaseWithdrawals withdrawals, HistoricCases historic,
			JdbcClient jdbc, Clock clock, TransactionTemplate transactions) {
		this.agencies = agencies;
		this.users = users;
		this.intake = intake;
		this.corrections = corrections;
		this.routings = routings;
		this.decisions = decisions;
		this.withdrawals = withdrawals;
		this.historic = historic;
		this.jdbc = jdbc;
		this.clock = clock;
		this.transactions = transactions;
	}

	/**
	 * After {@code DemoData} (order 1) has created the agency and the accounts. All or
	 * nothing: the demo cases are written in one transaction, so a start that fails
	 * half-way leaves none and the next start creates them all (the guard below skips an
	 * agency that has any case).
	 */
	@EventListener(ApplicationReadyEvent.class)
	@Order(2)
	void createOnce() {
		transactions.executeWithoutResult(tx -> create());
	}

	private void create() {
		Agency agency = agencies.byCode(AGENCY_CODE).orElse(null);
		if (agency == null || jdbc.sql("select count(*) from disclosure_case where agency_id = ?")
			.param(agency.id().value())
			.query(Long.class)
			.single() > 0) {
			return;
		}
		LocalDate today = ReplyDeadlines.today(clock);
		int imported = lastYear(agency, today.getYear() - 1);
		int filed = thisYear(today);
		log.info("Demo cases created: {} of {} from the ledger, {} handled in Gongkai", imported, today.getYear() - 1,
				filed);
	}

	/**
	 * Last year's ledger: requests of every applicant column, channel and outcome family,
	 * two of them answered early in this year (the carry-over of table 三).
	 */
	private int lastYear(Agency agency, int year) {
		String[][] ledger = { { "自然人", "ONLINE", "01-08", "01-22", "DISCLOSED", "2023年本县财政预算执行情况" },
				{ "自然人", "REGISTERED_MAIL", "02-20", "03-12", "PARTLY_DISCLOSED", "某小区规划许可及附图" },
				{ "商业企业", "ONLINE", "03-04", "03-15", "DISCLOSED", "政府采购项目中标公告" },
				{ "自然人", "IN_PERSON", "03-18", "04-08", "UNAVAILABLE_NOT_HELD", "1998年某企业改制文件" },
				{ "自然人", "ONLINE", "04-02", "04-11", "NOT_PROCESSED_REPEATED", "同一房屋征收补偿方案" },
				{ "科研机构", "EMAIL", "04-15", "05-13", "DISCLOSED", "近五年本县空气质量监测数据" },
				{ "自然人", "ONLINE", "05-06", "05-20", "WITHHELD_THIRD_PARTY_RIGHTS", "邻居的建房审批材料" },
				{ "法律服务机构", "REGISTERED_MAIL", "05-27", "06-14", "WITHHELD_PROCESS_INFORMATION", "某案件内部讨论记录" },
				{ "自然人", "ONLINE", "06-10", "06-17", "OTHER_CORRECTION_LAPSED", "有关部门的文件" },
				{ "社会公益组织", "ONLINE", "07-01", "07-19", "DISCLOSED", "本县养老机构名录及补贴标准" },
				{ "自然人", "ORAL", "07-22", "08-02", "UNAVAILABLE_NEEDS_CREATION", "全县历年低保人数统计分析" },
				{ "自然人", "ONLINE", "08-12", "08-30", "PARTLY_DISCLOSED", "道路改造工程合同" },
				{ "商业企业", "FAX", "09-02", "09-23", "WITHHELD_STATE_SECRET", "某专项工作部署文件" },
				{ "自然人", "ONLINE", "09-16", "09-20", "NOT_PROCESSED_PETITION", "反映物业服务问题" },
				{ "自然人", "ONLINE", "10-14", "11-04", "DISCLOSED", "征地补偿安置方案" },
				{ "其他", "ORDINARY_LETTER", "11-04", "11-22", "OTHER_OTHER", "多项信息（已拆分办理）" },
				{ "自然人", "ONLINE", "12-09", "12-27", "DISCLOSED", "本县集中供暖价格批复" },
				{ "自然人", "ONLINE", "12-23", null, "DISCLOSED", "年度重大行政决策事项目录" },
				{ "商业企业", "ONLINE", "12-26", null, "PARTLY_DISCLOSED", "行政处罚决定书" } };
		List<HistoricCase> rows = new ArrayList<>();
		for (String[] row : ledger) {
			LocalDate receivedOn = LocalDate.parse(year + "-" + row[2]);
			LocalDate closedOn = row[3] != null ? LocalDate.parse(year + "-" + row[3])
					: LocalDate.of(year + 1, 1, 14 + rows.size() % 5);
			rows.add(new HistoricCase(rows.size() + 2, "%s-%d-%05d".formatted(AGENCY_CODE, year, rows.size() + 1),
					ApplicantCategory.fromLabel(row[0]), Channel.valueOf(row[1]), receivedOn, closedOn,
					Outcome.valueOf(row[4]), row[5]));
		}
		GongkaiUser statistician = user("statistician");
		return as(statistician, () -> historic.importAll(statistician, agency.id(), UUID.randomUUID(), rows, n -> {
		}));
	}

	/** This year's cases, one in each state, received over the last working days. */
	private int thisYear(LocalDate today) {
		GongkaiUser applicant = user("applicant");
		GongkaiUser registrar = user("registrar");
		GongkaiUser officer = user("officer");
		GongkaiUser reviewer = user("reviewer");
		GongkaiUser head = user("head");
		int filed = 0;

		// new: filed online today, waiting for the case officer's screening
		as(applicant, () -> intake.submitOnline(applicant, new NewRequest(AGENCY_CODE,
				"本县" + today.getYear() + "年义务教育阶段学校招生范围划分方案", RequestedForm.ELECTRONIC, DeliveryMethod.ONLINE)));
		filed++;

		// a 补正 asked: a letter whose description names no document
		DisclosureCase unclear = registered(registrar, Channel.REGISTERED_MAIL, daysBefore(today, 3),
				person("李明", "110105197803150411"), "关于我家附近那个工程的所有材料");
		as(officer, () -> corrections.request(officer, unclear.id(),
				List.of("请写明工程的名称或所在位置", "请说明所需信息的时间范围（如立项、规划或验收阶段）"), null));
		filed++;

		// routed to the department that holds the records
		DisclosureCase routed = registered(registrar, Channel.EMAIL, daysBefore(today, 5),
				organisation("示范县绿源环保科技有限公司", "91350100MA2XY8K7LY"), "示范县城东污水处理厂扩建工程环境影响评价批复及验收意见");
		accept(officer, routed.id());
		as(officer, () -> routings.route(officer, routed.id(), DEPARTMENT_CODE, List.of(),
				routings.defaultDueOn(routed.id()), "请提供该项目环评批复及竣工验收意见，并提出是否公开的意见"));
		filed++;

		// at legal review: a disclosure drafted
		DisclosureCase atReview = registered(registrar, Channel.ORDINARY_LETTER, daysBefore(today, 8),
				person("王芳", "110105198507080222"), "2025年本县城乡居民最低生活保障标准调整文件");
		accept(officer, atReview.id());
		as(officer, () -> decisions.draft(officer, atReview.id(), Outcome.DISCLOSED, "经审查，您申请获取的信息属于公开范围，现予以公开，详见附件。",
				null, null));
		filed++;

		// at sign-off: a partial disclosure, reviewed
		DisclosureCase atSignOff = registered(registrar, Channel.REGISTERED_MAIL, daysBefore(today, 10),
				person("赵强", "110105199202110130"), "幸福路拓宽工程房屋征收补偿安置协议汇总表");
		accept(officer, atSignOff.id());
		as(officer, () -> decisions.draft(officer, atSignOff.id(), Outcome.PARTLY_DISCLOSED,
				"经审查，您申请获取的信息部分公开，不予公开的部分及理由见下。", null, null, List.of(new WithheldPart("汇总表中被征收人的姓名、身份证件号码和补偿金额",
						Outcome.WITHHELD_THIRD_PARTY_RIGHTS, "涉及第三方个人隐私，公开会对第三方合法权益造成损害"))));
		as(reviewer, () -> decisions.review(reviewer, atSignOff.id(), true, "区分处理妥当"));
		filed++;

		// answered: disclosed, not held, and withheld
		answered(registrar, officer, reviewer, head, daysBefore(today, 12), Outcome.DISCLOSED,
				organisation("示范县公益法律服务中心", "52350100MJ0Q3R6T8M"), "本县法律援助经费年度预算及执行情况",
				"经审查，您申请获取的信息属于公开范围，现予以公开，详见附件。", null);
		LocalDate searchedOn = daysBefore(today, 4);
		answered(registrar, officer, reviewer, head, daysBefore(today, 6), Outcome.UNAVAILABLE_NOT_HELD,
				person("李明", "110105197803150411"), "1985年示范县第二机械厂职工名册", "经检索本机关档案室及相关科室，本机关未制作、获取该信息。",
				new NotHeldAnswer(NotHeldAnswer.Kind.DOES_NOT_EXIST, "本机关档案室、办公室及人力资源科的文书档案和电子文件",
						"按“第二机械厂”“职工名册”关键词检索电子档案，并人工查阅1984—1990年纸质案卷目录", "办公室 王芳", searchedOn));
		filed += 2;

		// withdrawn by the applicant
		DisclosureCase withdrawn = as(applicant, () -> intake.submitOnline(applicant,
				new NewRequest(AGENCY_CODE, "示范县人民公园改造设计方案", RequestedForm.ELECTRONIC, DeliveryMethod.ONLINE)));
		as(applicant, () -> withdrawals.withdraw(applicant, withdrawn.id(), "已在政府网站找到所需信息"));
		filed++;
		return filed;
	}

	private void answered(GongkaiUser registrar, GongkaiUser officer, GongkaiUser reviewer, GongkaiUser head,
			LocalDate receivedOn, Outcome outcome, ApplicantDetails applicant, String sought, String reply,
			NotHeldAnswer notHeld) {
		DisclosureCase c = registered(registrar, Channel.REGISTERED_MAIL, receivedOn, applicant, sought);
		accept(officer, c.id());
		as(officer, () -> decisions.draft(officer, c.id(), outcome, reply, null, null, List.of(), notHeld));
		as(reviewer, () -> decisions.review(reviewer, c.id(), true, null));
		as(head, () -> decisions.signOff(head, c.id(), true, null));
	}

	private DisclosureCase registered(GongkaiUser registrar, Channel channel, LocalDate receivedOn,
			ApplicantDetails applicant, String sought) {
		// the demo's earlier requests are registered today with the day they arrived
		// (docs/statute.md#back-dated-receipt)
		return as(registrar,
				() -> intake.register(registrar, new OfflineRequest(channel, receivedOn, receivedOn, applicant, sought,
						RequestedForm.PAPER, DeliveryMethod.POST)
					.backdated("演示数据：补录往期收到的申请", "收到日期以登记簿记载为准", null)));
	}

	private void accept(GongkaiUser officer, CaseId id) {
		as(officer, () -> {
			corrections.accept(officer, id);
			return null;
		});
	}

	private static ApplicantDetails person(String name, String residentId) {
		return new ApplicantDetails(ApplicantCategory.NATURAL_PERSON, name, IdDocumentType.RESIDENT_ID_CARD, residentId,
				"13900000000", null, "示范县幸福街" + name.length() + "号");
	}

	private static ApplicantDetails organisation(String name, String creditCode) {
		ApplicantCategory category = creditCode.startsWith("52") ? ApplicantCategory.PUBLIC_INTEREST_ORGANISATION
				: ApplicantCategory.COMMERCIAL_ENTERPRISE;
		return new ApplicantDetails(category, name, IdDocumentType.UNIFIED_SOCIAL_CREDIT_CODE, creditCode,
				"0000-1234567", null, "示范县工业园区1号");
	}

	/** The weekday {@code days} weekdays before {@code today} (never in the future). */
	private static LocalDate daysBefore(LocalDate today, int days) {
		LocalDate day = today;
		for (int left = days; left > 0;) {
			day = day.minusDays(1);
			if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
				left--;
			}
		}
		return day;
	}

	private GongkaiUser user(String username) {
		return (GongkaiUser) users.loadUserByUsername(username);
	}

}
