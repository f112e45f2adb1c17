package org.gongkai.disclosure.casework;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.disclosure.Fixtures;
import org.gongkai.disclosure.GongkaiIntegrationTest;
import org.gongkai.disclosure.TestClock;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.applicants.ApplicantCategory;
import org.gongkai.disclosure.casework.intake.NewRequest;
import org.gongkai.disclosure.casework.intake.RequestIntake;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.util.ContentCachingResponseWrapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Filing online with an {@code Idempotency-Key}: a client that lost the answer to a
 * committed filing retries and gets the same case, never a second one.
 * <p>
 * What the lost answer test proves, and what not: the first request runs the whole
 * application (security, controller, the filing transaction, its commit) and then the
 * connection is dropped before a byte of the answer is written — a filter in front of the
 * application discards the answer and fails as a reset connection would. The client
 * therefore saw no 2xx for a case that is committed, which is the situation a crash of
 * the node between commit and response leaves. It does not kill a JVM: what survives a
 * crash is the database, which this test reads from.
 */
@GongkaiIntegrationTest
class IdempotentFilingIT {

	private static final String BODY = """
			{"agencyCode":"%s","informationSought":"本县2024年城区供水管网改造项目的环评批复",
			 "requestedForm":"ELECTRONIC","deliveryMethod":"ONLINE"}""";

	@Autowired
	MockMvc mvc;

	@Autowired
	WebApplicationContext context;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RequestIntake intake;

	private Agency agency;

	private GongkaiUser applicant;

	@BeforeEach
	void setUp() {
		agency = fixtures.agency();
		applicant = fixtures.applicant(ApplicantCategory.NATURAL_PERSON);
		clock.setDate(LocalDate.of(2024, 9, 29));
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void aRetryAfterTheAnswerWasLostReturnsTheCaseFiledTheFirstTime() throws Exception {
		MockMvc droppingAnswers = MockMvcBuilders.webAppContextSetup(context)
			.addFilters(connectionDroppedAfterTheApplicationRan())
			.apply(springSecurity())
			.build();
		assertThatThrownBy(() -> droppingAnswers.perform(filing("key-lost-1", agency.code())))
			.isInstanceOf(IOException.class);
		assertThat(casesOfApplicant()).as("committed although the client saw no answer").isEqualTo(1);

		MvcResult retried = mvc.perform(filing("key-lost-1", agency.code()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reference").value(agency.code() + "-2024-00001"))
			.andReturn();
		assertThat(casesOfApplicant()).as("the retry filed nothing").isEqualTo(1);
		String caseId = retried.getResponse().getHeader("Location");
		assertThat(caseId).startsWith("/api/requests/");

		// a second retry gives the same body again
		mvc.perform(filing("key-lost-1", agency.code()))
			.andExpect(status().isOk())
			.andExpect(content().json(retried.getResponse().getContentAsString()));
		mvc.perform(get(caseId).with(user(applicant))).andExpect(status().isOk());
	}

	@Test
	void theSameKeyWithADifferentRequestIsRefusedAndANewKeyFilesANewCase() throws Exception {
		mvc.perform(filing("key-a", agency.code())).andExpect(status().isCreated());
		mvc.perform(post("/api/requests").with(user(applicant))
			.with(csrf())
			.header("Idempotency-Key", "key-a")
			.contentType(MediaType.APPLICATION_JSON)
			.content(BODY.formatted(agency.code()).replace("环评批复", "施工许可")))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.title").value("幂等键已用于另一件申请"))
			.andExpect(jsonPath("$.detail").value(containsString(agency.code() + "-2024-00001")));
		mvc.perform(filing("key-b", agency.code()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.reference").value(agency.code() + "-2024-00002"));
		mvc.perform(filing("not a key!", agency.code())).andExpect(status().isBadRequest());
		assertThat(casesOfApplicant()).isEqualTo(2);
	}

	@Test
	void retriesRacingEachOtherFileOneCase() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Callable<RequestIntake.Filing>> calls = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				calls.add(
						() -> fixtures.as(applicant,
								() -> intake.submitOnline(applicant, new NewRequest(agency.code(),
										"本县2024年城区供水管网改造项目的环评批复", RequestedForm.ELECTRONIC, DeliveryMethod.ONLINE),
										"key-race")));
			}
			List<RequestIntake.Filing> filings = new ArrayList<>();
			for (Future<RequestIntake.Filing> f : pool.invokeAll(calls)) {
				filings.add(f.get());
			}
			assertThat(filings).extracting(f -> f.theCase().id()).containsOnly(filings.get(0).theCase().id());
			assertThat(filings).filteredOn(f -> !f.replayed()).hasSize(1);
			assertThat(casesOfApplicant()).isEqualTo(1);
		}
		finally {
			pool.shutdown();
		}
	}

	@Test
	void theFormCarriesAKeySoThatSubmittingItTwiceFilesOnce() throws Exception {
		MockHttpSession session = new MockHttpSession();
		mvc.perform(post("/my/requests/new").session(session)
			.with(csrf())
			.with(user(applicant))
			.param("agencyCode", agency.code())).andExpect(status().is3xxRedirection());
		mvc.perform(post("/my/requests/new/information").session(session)
			.with(csrf())
			.with(user(applicant))
			.param("informationSought", "本县2024年城区供水管网改造项目的环评批复")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/my/requests/new/form").session(session)
			.with(csrf())
			.with(user(applicant))
			.param("requestedForm", "ELECTRONIC")
			.param("deliveryMethod", "ONLINE")).andExpect(status().is3xxRedirection());
		MvcResult form = mvc.perform(get("/my/requests/new/check").session(session).with(user(applicant)))
			.andExpect(status().isOk())
			.andExpect(model().attributeExists("idempotencyKey"))
			.andReturn();
		String key = (String) form.getModelAndView().getModel().get("idempotencyKey");
		assertThat(form.getResponse().getContentAsString()).contains("name=\"idempotencyKey\" value=\"" + key + "\"");
		for (int i = 0; i < 2; i++) {
			mvc.perform(post("/my/requests").with(csrf())
				.with(user(applicant))
				.param("agencyCode", agency.code())
				.param("informationSought", "本县2024年城区供水管网改造项目的环评批复")
				.param("requestedForm", "ELECTRONIC")
				.param("deliveryMethod", "ONLINE")
				.param("idempotencyKey", key)).andExpect(status().is3xxRedirection());
		}
		assertThat(casesOfApplicant()).isEqualTo(1);
		String id = jdbc.sql("select id::text from disclosure_case where applicant_id = ?")
			.param(applicant.applicantId())
			.query(String.class)
			.single();
		mvc.perform(post("/my/requests").with(csrf())
			.with(user(applicant))
			.param("agencyCode", agency.code())
			.param("informationSought", "本县2024年城区供水管网改造项目的环评批复")
			.param("requestedForm", "ELECTRONIC")
			.param("deliveryMethod", "ONLINE")
			.param("idempotencyKey", key)).andExpect(redirectedUrl("/my/requests/" + id));
	}

	private MockHttpServletRequestBuilder filing(String key, String agencyCode) {
		return post("/api/requests").with(user(applicant))
			.with(csrf())
			.header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON)
			.content(BODY.formatted(agencyCode));
	}

	private long casesOfApplicant() {
		return jdbc.sql("select count(*) from disclosure_case where applicant_id = ?")
			.param(applicant.applicantId())
			.query(Long.class)
			.single();
	}

	/**
	 * Lets the request run through the application, then drops the answer it wrote and
	 * fails as a connection reset before the response reached the client.
	 */
	private static Filter connectionDroppedAfterTheApplicationRan() {
		return (request, response, chain) -> {
			ContentCachingResponseWrapper unsent = new ContentCachingResponseWrapper((HttpServletResponse) response);
			chain.doFilter(request, unsent);
			throw new IOException("Connection reset: the node went away after the commit, before answering");
		};
	}

}
