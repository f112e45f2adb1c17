package org.gongkai.disclosure.casework;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.gongkai.disclosure.Fixtures;
import org.gongkai.disclosure.GongkaiIntegrationTest;
import org.gongkai.disclosure.StatementCount;
import org.gongkai.disclosure.TestClock;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.accounts.Role;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.applicants.ApplicantCategory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * How many SQL statements a filing and each step of a case's life send (issue 14): the
 * count is what the benchmark's intake and lifecycle rates are made of, and unlike
 * wall-clock time it does not depend on the load of the machine. Each step is one call of
 * the JSON API as {@code LoadBenchmark} makes it, counted whole on the test's thread
 * (security, the transaction and the answer; {@link StatementCount}), and the reply
 * issued by its job. The bounds are the counts measured when they were set
 * (docs/operations.md, "Where a filing's time goes"); a change that sends more fails here
 * with the statements listed.
 */
@GongkaiIntegrationTest
class StatementsPerFilingIT {

	private static final Logger log = LoggerFactory.getLogger(StatementsPerFilingIT.class);

	/**
	 * The most statements one online filing may send, its answer included (102 before
	 * issue 14's second round of work on intake, 68 after).
	 */
	static final int FILING = 68;

	/**
	 * The most statements each step of the lifecycle may send, its answer included
	 * (before: 56, 59, 50, 57 and 90).
	 */
	static final Map<String, Integer> STEPS = Map.of("acceptance", 49, "decision", 52, "review", 43, "sign-off", 49,
			"reply issued (job)", 83);

	/** The most statements of the whole lifecycle, filing included (before: 414). */
	static final int LIFECYCLE = 344;

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestClock clock;

	@Autowired
	StatementCount count;

	@Autowired
	ManagementService management;

	@Autowired
	RuntimeService runtime;

	private Agency agency;

	private GongkaiUser applicant;

	@BeforeEach
	void setUp() {
		agency = fixtures.agency();
		applicant = fixtures.applicant(ApplicantCategory.NATURAL_PERSON);
		clock.setDate(LocalDate.of(2024, 9, 29));
	}

	@Test
	void aFilingAndALifecycleSendNoMoreStatementsThanMeasured() throws Exception {
		GongkaiUser officer = fixtures.officer(agency, Role.CASE_OFFICER);
		GongkaiUser reviewer = fixtures.officer(agency, Role.LEGAL_REVIEWER);
		GongkaiUser head = fixtures.officer(agency, Role.HEAD_OF_OFFICE);
		// one filing first, so that what is read once per agency or applicant (and
		// cached)
		// is not counted against the second
		file("第一件：预热");
		Map<String, Integer> counted = new LinkedHashMap<>();
		try (StatementCount.Recording recording = count.recording()) {
			String answer = file("本县2024年城区供水管网改造项目的环评批复");
			String id = JsonPath.read(answer, "$.id");
			counted.put("filing", checked("filing", recording.take(), FILING));
			step(post("/api/cases/" + id + "/acceptance"), officer, "");
			counted.put("acceptance", checked("acceptance", recording.take(), STEPS.get("acceptance")));
			step(post("/api/cases/" + id + "/decision"), officer,
					"{\"outcome\":\"DISCLOSED\",\"replyText\":\"经审查，予以公开，见附件。\"}");
			counted.put("decision", checked("decision", recording.take(), STEPS.get("decision")));
			step(post("/api/cases/" + id + "/review"), reviewer, "{\"approved\":true}");
			counted.put("review", checked("review", recording.take(), STEPS.get("review")));
			step(post("/api/cases/" + id + "/sign-off"), head, "{\"approved\":true}");
			counted.put("sign-off", checked("sign-off", recording.take(), STEPS.get("sign-off")));
			List<Job> jobs = management.createJobQuery()
				.processInstanceId(runtime.createProcessInstanceQuery()
					.processInstanceBusinessKey(JsonPath.read(answer, "$.reference"))
					.singleResult()
					.getId())
				.messages()
				.list();
			recording.take();
			assertThat(jobs).hasSize(1);
			management.executeJob(jobs.get(0).getId());
			counted.put("reply issued (job)",
					checked("reply issued (job)", recording.take(), STEPS.get("reply issued (job)")));
		}
		int lifecycle = counted.values().stream().mapToInt(Integer::intValue).sum();
		log.info("Statements per filing and per lifecycle step: {}; the lifecycle: {}", counted, lifecycle);
		assertThat(lifecycle).as("statements of the whole lifecycle").isLessThanOrEqualTo(LIFECYCLE);
	}

	private String file(String informationSought) throws Exception {
		return mvc
			.perform(post("/api/requests").with(csrf())
				.with(user(applicant))
				.header("Idempotency-Key", UUID.randomUUID().toString())
				.contentType(MediaType.APPLICATION_JSON)
				.content(
						"""
								{"agencyCode":"%s","informationSought":"%s","requestedForm":"ELECTRONIC","deliveryMethod":"ONLINE"}"""
							.formatted(agency.code(), informationSought)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private void step(MockHttpServletRequestBuilder request, GongkaiUser who, String body) throws Exception {
		mvc.perform(request.with(csrf()).with(user(who)).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isOk());
	}

	private static int checked(String step, List<String> statements, int most) {
		if (Boolean.getBoolean("statements.inOrder")) {
			statements.forEach(s -> log.info("{} | {}", step, s.replaceAll("\\s+", " ")));
		}
		long engine = statements.stream()
			.filter(s -> s.replaceAll("\\s+", " ").toUpperCase(Locale.ROOT).contains(" ACT_"))
			.count();
		log.info("{}: {} statements, {} of them the engine's\n{}", step, statements.size(), engine,
				StatementCount.histogram(statements)
					.entrySet()
					.stream()
					.map(e -> "  %3d × %s".formatted(e.getValue(), e.getKey()))
					.reduce((a, b) -> a + "\n" + b)
					.orElse(""));
		assertThat(statements.size()).as("statements sent by %s: %s", step, StatementCount.histogram(statements))
			.isLessThanOrEqualTo(most);
		return statements.size();
	}

}
