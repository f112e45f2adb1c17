package org.gongkai.disclosure.administration;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import io.zonky.test.db.AutoConfigureEmbeddedDatabase;
import io.zonky.test.db.AutoConfigureEmbeddedDatabase.DatabaseProvider;
import io.zonky.test.db.AutoConfigureEmbeddedDatabase.DatabaseType;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.gongkai.disclosure.Fixtures;
import org.gongkai.disclosure.TestClock;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.accounts.SecondFactorCodes;
import org.gongkai.disclosure.applicants.ApplicantCategory;
import org.gongkai.disclosure.audit.AuditTrail;
import org.gongkai.disclosure.casework.CaseHandlers;
import org.gongkai.disclosure.casework.CaseStatus;
import org.gongkai.disclosure.casework.Cases;
import org.gongkai.disclosure.casework.DeliveryMethod;
import org.gongkai.disclosure.casework.RequestedForm;
import org.gongkai.disclosure.casework.decision.CaseDecisions;
import org.gongkai.disclosure.casework.history.CaseLedger;
import org.gongkai.disclosure.casework.history.LedgerAction;
import org.gongkai.disclosure.casework.intake.NewRequest;
import org.gongkai.disclosure.casework.intake.RequestIntake;
import org.gongkai.disclosure.casework.process.DisclosureRequestWorkflow;
import org.gongkai.disclosure.casework.stops.CaseCorrections;
import org.gongkai.disclosure.decisions.Outcome;
import org.gongkai.disclosure.shared.ids.CaseId;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Go-live from an empty database, in production mode (no {@code local} profile, so no
 * demo data and no demo password): the first administrator through the one-time setup
 * token, with TOTP enforced; the organisation of a county government (three departments,
 * two towns, twelve officers) imported from CSV after a refused attempt; a request
 * handled by the imported officers; a forced job failure seen on the operations page and
 * completed by its retry; and a leaving officer's open cases reassigned. Its own
 * application context, so its database is empty (no other test's administrator).
 */
@SpringBootTest(properties = { "camunda.bpm.job-execution.enabled=false",
		"camunda.bpm.generate-unique-process-engine-name=true" })
@AutoConfigureEmbeddedDatabase(provider = DatabaseProvider.ZONKY, type = DatabaseType.POSTGRES)
@AutoConfigureMockMvc
@Import({ TestClock.class, Fixtures.class })
class GoLiveIT {

	static final String ADMIN_PASSWORD = "a-long-admin-passphrase";

	static final String AGENCIES = """
			代码,名称,类别,上级代码,公开工作机构,地址,电话,文号前缀,复议机关,人民法院,收费,年报截止
			SFX-JT,示范县交通运输局,部门,SFX,示范县交通运输局办公室,示范县人民路3号,0571-1111111,示交,示范县人民政府,示范县人民法院,是,01-31
			SFX-ZJ,示范县住房和城乡建设局,部门,SFX,示范县住房和城乡建设局办公室,示范县建设路8号,0571-2222222,示建,示范县人民政府,示范县人民法院,是,
			SFX-CZ,示范县财政局,部门,SFX,示范县财政局办公室,示范县人民路5号,0571-3333333,示财,示范县人民政府,示范县人民法院,否,
			SFX-CG,城关镇人民政府,乡镇,SFX,城关镇党政综合办公室,城关镇府前街1号,0571-4444444,城政,示范县人民政府,示范县人民法院,是,
			SFX-HT,河塘镇人民政府,乡镇,SFX,河塘镇党政综合办公室,河塘镇中心街9号,0571-5555555,河政,示范县人民政府,示范县人民法院,是,
			""";

	static final String ACCOUNTS = """
			用户名,姓名,角色,机关代码
			reg-gov,登记员 钱一,登记员,SFX
			off-gov-1,承办人 孙二,承办人,SFX
			off-gov-2,承办人 李三,承办人,SFX
			rev-gov,法制审核 周四,法制审核人员,SFX
			head-gov,负责人 吴五,公开工作机构负责人,SFX
			stat-gov,统计 郑六,年报统计人员、承办人,SFX
			off-jt,交通局承办人 王七,承办人,SFX-JT
			head-jt,交通局负责人 冯八,公开工作机构负责人,SFX-JT
			off-zj,住建局承办人 陈九,承办人,SFX-ZJ
			off-cz,财政局承办人 褚十,承办人,SFX-CZ
			off-cg,城关镇承办人 卫十一,承办人,SFX-CG
			off-ht,河塘镇承办人 蒋十二,承办人,SFX-HT
			""";

	@Autowired
	MockMvc mvc;

	/**
	 * The application's clock: the codes are checked against it, not against the JVM's.
	 */
	@Autowired
	TestClock clock;

	@Autowired
	FirstStart firstStart;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RequestIntake intake;

	@Autowired
	CaseCorrections corrections;

	@Autowired
	CaseDecisions decisions;

	@Autowired
	CaseHandlers handlers;

	@Autowired
	CaseLedger ledger;

	@Autowired
	Cases cases;

	@Autowired
	DisclosureRequestWorkflow workflow;

	@Autowired
	ManagementService management;

	@Autowired
	RuntimeService runtime;

	@Autowired
	AuditTrail audit;

	@Test
	void aCountyGoesLiveFromAnEmptyDatabase() throws Exception {
		// 1. First start: no account at all, only the one-time token opens /setup
		assertThat(jdbc.sql("select count(*) from account_user").query(Long.class).single()).isZero();
		mvc.perform(get("/setup")).andExpect(status().isOk()).andExpect(content().string(containsString("设置令牌")));
		String token = firstStart.issueToken();
		mvc.perform(post("/setup").with(csrf())
			.param("token", "0000-not-the-token")
			.param("governmentCode", "SFX")
			.param("governmentName", "示范县人民政府")
			.param("officeName", "示范县人民政府办公室")
			.param("username", "admin")
			.param("displayName", "系统管理员 林")
			.param("password", ADMIN_PASSWORD)
			.param("passwordAgain", ADMIN_PASSWORD))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("设置令牌无效")));
		assertThat(jdbc.sql("select count(*) from account_user").query(Long.class).single()).isZero();
		mvc.perform(post("/setup").with(csrf())
			.param("token", token)
			.param("governmentCode", "SFX")
			.param("governmentName", "示范县人民政府")
			.param("officeName", "示范县人民政府办公室")
			.param("username", "admin")
			.param("displayName", "系统管理员 林")
			.param("password", ADMIN_PASSWORD)
			.param("passwordAgain", ADMIN_PASSWORD)).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/setup")).andExpect(status().isNotFound());
		assertThat(firstStart.isOpen()).isFalse();
		assertThatThrownBy(firstStart::issueToken).isInstanceOf(IllegalStateException.class);
		assertThat(audit.recent(50, null, null)).extracting(e -> e.action())
			.contains("SETUP_TOKEN_ISSUED", "SETUP", "AGENCY_CREATED", "ACCOUNT_CREATED");

		// 2. TOTP is enforced for the administrator: the password alone opens nothing
		MvcResult login = mvc.perform(formLogin("/login").user("admin").password(ADMIN_PASSWORD))
			.andExpect(redirectedUrl("/login/enrol"))
			.andReturn();
		MockHttpSession admin = (MockHttpSession) login.getRequest().getSession(false);
		mvc.perform(get("/admin/operations").session(admin)).andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/admin/accounts").session(admin)).andExpect(status().isUnauthorized());
		String enrolPage = mvc.perform(get("/login/enrol").session(admin))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String secret = enrolPage.replaceAll("(?s).*<code id=\"secret\">([A-Z2-7]+)</code>.*", "$1");
		assertThat(secret).matches("[A-Z2-7]{32}");
		mvc.perform(post("/login/enrol").session(admin).with(csrf()).param("code", "000000"))
			.andExpect(redirectedUrl("/login/enrol"));
		String recoveryPage = mvc
			.perform(post("/login/enrol").session(admin)
				.with(csrf())
				.param("code", SecondFactorCodes.at(secret, clock.instant())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(recoveryPage).contains("两步验证已启用");
		mvc.perform(get("/admin/operations").session(admin)).andExpect(status().isOk());
		// HTTP Basic cannot carry the second factor, so it is refused for the
		// administrator
		mvc.perform(get("/api/admin/accounts").with(httpBasic("admin", ADMIN_PASSWORD)))
			.andExpect(status().isUnauthorized());
		// the next sign-in asks for the code; a wrong one is refused
		MockHttpSession second = (MockHttpSession) mvc
			.perform(formLogin("/login").user("admin").password(ADMIN_PASSWORD))
			.andExpect(redirectedUrl("/login/code"))
			.andReturn()
			.getRequest()
			.getSession(false);
		mvc.perform(post("/login/code").session(second).with(csrf()).param("code", "123456"))
			.andExpect(content().string(containsString("验证码不正确")));
		mvc.perform(post("/login/code").session(second)
			.with(csrf())
			.param("code", SecondFactorCodes.at(secret, clock.instant()))).andExpect(redirectedUrl("/"));
		mvc.perform(get("/api/admin/accounts").session(second)).andExpect(status().isOk());

		// 3. The organisation: a refused import writes nothing and names every bad line
		String badAgencies = AGENCIES.replace("SFX-CZ,示范县财政局,部门", "SFX-CZ,示范县财政局,科室");
		String badAccounts = ACCOUNTS.replace("off-ht,河塘镇承办人 蒋十二,承办人,SFX-HT", "off-ht,河塘镇承办人 蒋十二,承办人,SFX-XX")
			.replace("off-cg,", "off-cz,");
		mvc.perform(multipart("/api/admin/organisation/import").file(csv("agencies", badAgencies))
			.file(csv("accounts", badAccounts))
			.session(admin)
			.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.length()").value(4))
			.andExpect(jsonPath("$.errors[0].file").value("机关表"))
			.andExpect(jsonPath("$.errors[0].line").value(4))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("科室")))
			.andExpect(jsonPath("$.errors[1].file").value("账号表"))
			.andExpect(jsonPath("$.errors[1].line").value(11))
			.andExpect(jsonPath("$.errors[1].message").value("机关代码 SFX-CZ 不存在"))
			.andExpect(jsonPath("$.errors[2].line").value(12))
			.andExpect(jsonPath("$.errors[2].message").value("用户名 off-cz 已被使用"))
			.andExpect(jsonPath("$.errors[3].line").value(13))
			.andExpect(jsonPath("$.errors[3].message").value("机关代码 SFX-XX 不存在"));
		assertThat(jdbc.sql("select count(*) from agency").query(Long.class).single()).isEqualTo(1);
		MvcResult imported = mvc
			.perform(multipart("/api/admin/organisation/import").file(csv("agencies", AGENCIES))
				.file(csv("accounts", ACCOUNTS))
				.session(admin)
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.agencies").value(5))
			.andExpect(jsonPath("$.accounts.length()").value(12))
			.andReturn();
		List<Map<String, String>> created = JsonPath.read(imported.getResponse().getContentAsString(), "$.accounts");
		Map<String, String> temporary = new HashMap<>();
		created.forEach(a -> temporary.put(a.get("username"), a.get("temporaryPassword")));
		mvc.perform(get("/api/admin/agencies").session(admin))
			.andExpect(jsonPath("$.length()").value(6))
			.andExpect(jsonPath("$[?(@.kind == 'DEPARTMENT')].code").value(hasSize(3)))
			.andExpect(jsonPath("$[?(@.kind == 'TOWN')].code").value(hasSize(2)));
		mvc.perform(put("/api/admin/agencies/SFX").session(admin)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name":"示范县人民政府","kind":"GOVERNMENT","officeName":"示范县人民政府办公室",
					 "fullName":"示范县人民政府办公室","address":"示范县人民路1号","phone":"0571-0000000",
					 "referencePrefix":"示政办","reviewBody":"示范市人民政府","court":"示范县人民法院","chargesFees":true}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reviewBody").value("示范市人民政府"))
			.andExpect(jsonPath("$.reportDue").value("03-31"));
		mvc.perform(get("/api/admin/accounts").session(admin))
			.andExpect(jsonPath("$[?(@.username == 'stat-gov')].roles[*]")
				.value(containsInAnyOrder("STATISTICIAN", "CASE_OFFICER")));

		// an imported officer signs in with the temporary password and must change it
		// first
		MockHttpSession officerSession = (MockHttpSession) mvc
			.perform(formLogin("/login").user("off-gov-1").password(temporary.get("off-gov-1")))
			.andReturn()
			.getRequest()
			.getSession(false);
		mvc.perform(get("/officer/tasks").session(officerSession)).andExpect(redirectedUrl("/account/password"));
		mvc.perform(post("/account/password").session(officerSession)
			.with(csrf())
			.param("current", temporary.get("off-gov-1"))
			.param("password", "officer-own-passphrase")
			.param("passwordAgain", "officer-own-passphrase")).andExpect(redirectedUrl("/"));
		mvc.perform(get("/officer/tasks").session(officerSession)).andExpect(status().isOk());

		// 4. A request handled by the imported officers: accepted and drafted, reviewed,
		// signed off
		GongkaiUser officer1 = fixtures.user("off-gov-1");
		GongkaiUser officer2 = fixtures.user("off-gov-2");
		GongkaiUser reviewer = fixtures.user("rev-gov");
		GongkaiUser head = fixtures.user("head-gov");
		GongkaiUser applicant = fixtures.applicant(ApplicantCategory.NATURAL_PERSON);
		CaseId answered = file(applicant, "示范县2025年公交线路调整的听证材料");
		fixtures.as(officer1, () -> {
			corrections.accept(officer1, answered);
			return decisions.draft(officer1, answered, Outcome.DISCLOSED, "现将听证材料提供给你。");
		});
		fixtures.as(reviewer, () -> decisions.review(reviewer, answered, true, null));
		assertThat(handlers.handlerOf(answered)).contains(officer1.id());

		// 5. A forced failure of the job that issues the reply: the database refuses its
		// ledger line
		jdbc.sql("""
				create function go_live_refuse_reply() returns trigger language plpgsql as $$
				begin
				    if new.action = 'REPLY_ISSUED' then raise exception '文书服务暂不可用（测试注入的故障）'; end if;
				    return new;
				end $$""").update();
		// checked at commit, as a failing mail or document server would fail the step's
		// transaction
		jdbc.sql("""
				create constraint trigger go_live_refuse_reply after insert on case_ledger
				deferrable initially deferred for each row execute function go_live_refuse_reply()""").update();
		fixtures.as(head, () -> decisions.signOff(head, answered, true, null));
		String jobId = management.createJobQuery().executable().messages().singleResult().getId();
		// the job executor's attempts: the first and the five retries of the back-off
		// cycle (failedJobRetryTimeCycle PT1M…PT30M, docs/operations.md)
		for (int attempt = 1; attempt <= 6; attempt++) {
			assertThatThrownBy(() -> management.executeJob(jobId)).isInstanceOf(ProcessEngineException.class);
		}
		Job job = management.createJobQuery().jobId(jobId).singleResult();
		assertThat(job.getRetries()).isZero();
		String reference = cases.byId(answered).orElseThrow().reference();
		String operations = mvc.perform(get("/admin/operations").session(admin))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(operations).contains("failed-jobs", "incidents", reference, "出具答复书", "文书服务暂不可用");
		assertThat(runtime.createIncidentQuery().count()).isEqualTo(1);
		jdbc.sql("drop trigger go_live_refuse_reply on case_ledger").update();
		jdbc.sql("drop function go_live_refuse_reply()").update();
		mvc.perform(post("/admin/operations/jobs/" + job.getId() + "/retry").session(admin).with(csrf()))
			.andExpect(redirectedUrl("/admin/operations"));
		assertThat(runtime.createIncidentQuery().count()).isZero();
		fixtures.runDueJobs();
		assertThat(cases.byId(answered).orElseThrow().status()).isEqualTo(CaseStatus.ANSWERED);
		mvc.perform(get("/admin/operations").session(admin))
			.andExpect(content().string(not(containsString("id=\"failed-jobs\""))))
			.andExpect(content().string(containsString("没有失败的作业")));

		// 6. People change: officer 2 leaves; the head sees the cases until they are
		// reassigned
		CaseId open1 = file(applicant, "示范县2025年道路养护资金使用情况");
		CaseId open2 = file(applicant, "城关镇2025年老旧小区改造名单");
		fixtures.as(officer2, () -> {
			corrections.accept(officer2, open1);
			corrections.accept(officer2, open2);
			return null;
		});
		String officer2Id = jdbc.sql("select id from account_user where username = 'off-gov-2'")
			.query(UUID.class)
			.single()
			.toString();
		mvc.perform(post("/api/admin/accounts/off-gov-2/deactivation").session(admin).with(csrf()))
			.andExpect(jsonPath("$.enabled").value(false))
			.andExpect(jsonPath("$.openCases").value(2));
		assertThat(handlers.unattended(head)).extracting(CaseHandlers.Covered::id).containsExactly(open1, open2);
		// an administrator moves the cases without reading them
		mvc.perform(get("/officer/cases/" + open1.value()).session(admin)).andExpect(status().isForbidden());
		mvc.perform(post("/api/admin/accounts/off-gov-2/reassignment").session(admin)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"toUsername\":\"off-jt\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("只能改派给同一机关的工作人员"));
		mvc.perform(post("/api/admin/accounts/off-gov-2/reassignment").session(admin)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"toUsername\":\"off-gov-1\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.cases").value(2));
		assertThat(handlers.unattended(head)).isEmpty();
		assertThat(handlers.handlerOf(open1)).contains(officer1.id());
		assertThat(handlers.handlerOf(open2)).contains(officer1.id());
		assertThat(workflow.tasksAssignedTo(officer1.id().toString())).extracting(t -> t.reference())
			.containsExactlyInAnyOrder(cases.byId(open1).orElseThrow().reference(),
					cases.byId(open2).orElseThrow().reference());
		assertThat(workflow.tasksAssignedTo(officer2Id)).isEmpty();
		assertThat(ledger.of(open1)).extracting(e -> e.action()).contains(LedgerAction.REASSIGNED);
		// the new handler finds and finishes it
		mvc.perform(get("/officer/tasks").session(officerSession))
			.andExpect(content().string(containsString(cases.byId(open1).orElseThrow().reference())));
		fixtures.as(officer1, () -> decisions.draft(officer1, open1, Outcome.DISCLOSED, "现将道路养护资金使用情况提供给你。"));
		assertThat(cases.byId(open1).orElseThrow().status()).isEqualTo(CaseStatus.UNDER_REVIEW);
	}

	private CaseId file(GongkaiUser applicant, String information) {
		return fixtures.as(applicant, () -> intake.submitOnline(applicant,
				new NewRequest("SFX", information, RequestedForm.ELECTRONIC, DeliveryMethod.ONLINE)))
			.id();
	}

	private static MockMultipartFile csv(String name, String text) {
		return new MockMultipartFile(name, name + ".csv", "text/csv", text.getBytes(StandardCharsets.UTF_8));
	}

}
