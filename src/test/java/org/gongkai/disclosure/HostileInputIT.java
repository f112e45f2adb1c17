package org.gongkai.disclosure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.accounts.Role;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.applicants.ApplicantCategory;
import org.gongkai.disclosure.casework.DisclosureCase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.mock.web.MockServletContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * Thousands of hostile and malformed inputs at every write endpoint (and the public
 * reads): oversized values, wrong types, injection strings, impossible dates, huge
 * numbers, control characters, broken JSON and multipart. Nothing may answer 5xx and no
 * stored data may change. (The audit trail does grow: recording refused attempts is its
 * job.)
 */
@GongkaiIntegrationTest
class HostileInputIT {

	static final List<String> HOSTILE = List.of("", " ", "\u0000", "a\u0000b", "\u0007\u001b[31m",
			"'; drop table disclosure_case; --", "' or '1'='1", "\" or \"\"=\"", "<script>alert(1)</script>", "${7*7}",
			"#{7*7}", "*{7*7}", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x", "{{7*7}}",
			"../../../../etc/passwd", "..\\..\\windows\\win.ini", "%00", "%s%s%s%n", "\uD800", "\uDFFF\uD800", "\uFFFF",
			"😀".repeat(2500), "长".repeat(5000), "x".repeat(100_000), "-1", "0", "-2147483649",
			"99999999999999999999999999", "1e309", "NaN", "Infinity", "null", "true", "[]", "{}", "2024-02-30",
			"2024-13-01", "9999-99-99", "0000-00-00", "+999999999-12-31", "\r\nSet-Cookie: x=y", "javascript:alert(1)",
			"]]>", "<!--", "\\", "\"", "%", "_", "DISCLOSED\u0000X", "Ｄｉｓｃｌｏｓｅｄ", "DIS CLOSED", "disclosed",
			"OTHER_OTHER;", "ROLE_ADMINISTRATOR", "NATURAL_PERSON ", "ＤＥＭＯ", "A", "-",
			"AB-CD-EF-GH-IJ-KL-MN-OP-QR-ST-UV");
	static final List<String> TABLES = List.of("agency", "applicant", "account_user", "disclosure_case", "case_ledger",
			"deadline_clock_period", "attachment", "case_reference_counter", "deadline_calendar_day",
			"deadline_calendar_year", "case_routing", "case_consultation", "case_withheld_part", "appeal",
			"proactive_entry", "report_narrative", "annual_report_snapshot");

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ObjectMapper json;

	private final Random random = new Random(20261121);

	private final List<String> serverErrors = new ArrayList<>();

	private int requests;

	private String firstChange;

	private Agency agency;

	private GongkaiUser applicant;

	private GongkaiUser officer;

	private GongkaiUser admin;

	private GongkaiUser statistician;

	private DisclosureCase openCase;

	@BeforeEach
	void setUp() {
		agency = fixtures.agency();
		applicant = fixtures.applicant(ApplicantCategory.NATURAL_PERSON);
		officer = fixtures.officer(agency, Role.CASE_OFFICER);
		admin = fixtures.officer(agency, Role.ADMINISTRATOR);
		statistician = fixtures.officer(agency, Role.STATISTICIAN);
		openCase = fixtures.submit(applicant, agency, "某信息");
	}

	@Test
	void nothingHurts() throws Exception {
		Map<String, String> before = fingerprints();
		String caseId = openCase.id().toString();

		for (int i = 0; i < 340; i++) {
			send(post("/api/requests").with(user(applicant))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(jsonOf("agencyCode", h(), "informationSought", h(), "requestedForm", h(), "deliveryMethod",
						h())));
			send(post("/api/cases/{id}/decision", pick(caseId)).with(user(officer))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(jsonOf("outcome", h(), "replyText", h())));
			send(post("/my/requests").with(user(applicant))
				.with(csrf())
				.param("agencyCode", h())
				.param("informationSought", h())
				.param("requestedForm", h())
				.param("deliveryMethod", h()));
			send(post("/officer/cases/{id}/decision", pick(caseId)).with(user(officer))
				.with(csrf())
				.param("outcome", h())
				.param("replyText", h()));
			send(post("/register").with(csrf())
				.param("category", h())
				.param("name", h())
				.param("idDocumentType", h())
				.param("idDocumentNumber", h())
				.param("phone", h())
				.param("email", h())
				.param("username", h())
				.param("password", h())
				.param("passwordAgain", h()));
			send(multipart("/api/requests/{id}/attachments", pick(caseId))
				.file(new MockMultipartFile("file", h(), h(), bytes()))
				.param("purpose", h())
				.with(user(applicant))
				.with(csrf()));
			send(multipart("/officer/cases/{id}/attachments", pick(caseId))
				.file(new MockMultipartFile("file", h(), "image/png", bytes()))
				.param("purpose", h())
				.with(user(officer))
				.with(csrf()));
			if (i % 4 == 0) { // each failed login costs an Argon2id hash on purpose: a
								// quarter of the rounds suffice
				send(post("/login").with(csrf()).param("username", h()).param("password", h()));
			}
			send(get("/api/calendar/add-working-days").param("date", h()).param("days", h()));
			send(get("/api/calendar/working-days").param("from", h()).param("to", h()));
			send(get("/api/reports/annual/{year}", h()).param("agency", h()).with(user(officer)));
			send(get("/api/requests/{id}", h()).with(user(applicant)));
			send(get("/officer/cases/{id}", h()).with(user(officer)));
			if (i % 4 == 1) { // the annual report's write and drill-down endpoints
				String code = random.nextBoolean() ? agency.code() : h();
				send(post("/api/proactive/{year}", random.nextBoolean() ? "2025" : h()).param("agency", code)
					.with(user(statistician))
					.with(csrf())
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"figures\":[" + jsonOf("item", h(), "value", h(), "source", h(), "note", h()) + "]}"));
				send(put("/api/reports/annual/{year}/texts/{section}", "2025", h()).param("agency", code)
					.with(user(statistician))
					.with(csrf())
					.contentType(MediaType.APPLICATION_JSON)
					.content(jsonOf("body", h())));
				send(get("/api/reports/annual/{year}/cells/{section}/{row}/{column}", "2025", h(), h(), h())
					.param("agency", code)
					.param("format", h())
					.param("scope", h())
					.with(user(statistician)));
				send(post("/officer/reports/registry").with(user(statistician))
					.with(csrf())
					.param("agency", code)
					.param("year", h())
					.param("format", h())
					.param("scope", h())
					.param("item", h())
					.param("value", h())
					.param("source", h()));
			}
		}
		// the later endpoints: routing, the public-interest override, appeals, the
		// calendar administration
		for (int i = 0; i < 60; i++) {
			send(post("/api/cases/{id}/routing", pick(caseId)).with(user(officer))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(jsonOf("lead", h(), "dueOn", h(), "instructions", h())));
			send(post("/officer/cases/{id}/routing", pick(caseId)).with(user(officer))
				.with(csrf())
				.param("lead", h())
				.param("assist", h(), h())
				.param("dueOn", h())
				.param("instructions", h()));
			send(post("/api/cases/{id}/routing/answer", pick(caseId)).with(user(officer))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(jsonOf("text", h())));
			send(post("/api/cases/{id}/public-interest", pick(caseId)).with(user(officer))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(jsonOf("text", h())));
			send(post("/officer/cases/{id}/decision", pick(caseId)).with(user(officer))
				.with(csrf())
				.param("outcome", "PARTLY_DISCLOSED")
				.param("replyText", h())
				.param("withheldPart", h())
				.param("withheldGround", h())
				.param("withheldReason", h()));
			send(post("/api/appeals").with(user(officer))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(jsonOf("caseId", pick(caseId), "kind", h(), "body", h(), "filedOn", h(), "copyReceivedOn", h(),
						"procedure", h())));
			send(put("/api/admin/calendar/{year}", h()).with(user(admin))
				.with(csrf())
				.param("source", h())
				.contentType("text/csv")
				.content(h() + "\n" + h()));
			send(post("/admin/calendar").with(user(admin))
				.with(csrf())
				.param("year", h())
				.param("source", h())
				.param("days", h()));
		}
		// one field at a time: everything else valid, the one field invalid
		for (String bad : List.of("", " ", "\u0000", "a\u0000b", "\u0007", "x".repeat(4001))) {
			send(post("/api/requests").with(user(applicant))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(json.writeValueAsString(Map.of("agencyCode", agency.code(), "informationSought", bad,
						"requestedForm", "PAPER", "deliveryMethod", "POST"))));
			send(post("/api/cases/{id}/decision", caseId).with(user(officer))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(json.writeValueAsString(
						Map.of("outcome", "DISCLOSED", "replyText", bad.length() > 4000 ? "y".repeat(20_001) : bad))));
		}
		for (String bad : List.of("", " ", "\u0000", "a\u0000b", "\u0007", "x".repeat(4001), "\uD800")) {
			send(post("/my/requests").with(user(applicant))
				.with(csrf())
				.param("agencyCode", agency.code())
				.param("informationSought", bad)
				.param("requestedForm", "PAPER")
				.param("deliveryMethod", "POST"));
			send(post("/officer/cases/{id}/decision", caseId).with(user(officer))
				.with(csrf())
				.param("outcome", "DISCLOSED")
				.param("replyText", bad.length() > 4000 ? "y".repeat(20_001) : bad));
			send(post("/register").with(csrf())
				.param("category", "NATURAL_PERSON")
				.param("name", "张三")
				.param("idDocumentType", "RESIDENT_ID_CARD")
				.param("idDocumentNumber", "11010519491231002" + bad)
				.param("phone", "13800138000")
				.param("username", "fuzz-" + requests)
				.param("password", Fixtures.PASSWORD)
				.param("passwordAgain", Fixtures.PASSWORD));
			send(post("/register").with(csrf())
				.param("category", "NATURAL_PERSON")
				.param("name", "张三" + bad + "\u0000")
				.param("idDocumentType", "RESIDENT_ID_CARD")
				.param("idDocumentNumber", Fixtures.validResidentId())
				.param("phone", "13800138000")
				.param("username", "fuzz-" + requests)
				.param("password", Fixtures.PASSWORD)
				.param("passwordAgain", Fixtures.PASSWORD));
		}
		// broken bodies
		for (String body : List.of("", "{", "[", "{\"agencyCode\":", "null", "42", "\"x\"", "{\"agencyCode\":[1,2]}",
				"{\"informationSought\":{\"$gt\":\"\"}}", "[".repeat(5000) + "]".repeat(5000),
				"{\"a\":".repeat(3000) + "1" + "}".repeat(3000), "\u0000\u0001\u0002", "{\"outcome\":\"DISCLOSED\"}")) {
			send(post("/api/requests").with(user(applicant))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(body));
			send(post("/api/cases/{id}/decision", caseId).with(user(officer))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(body));
		}

		// issue 13: a key given twice, and a NUL in an upload's name, answered 500
		for (String body : List.of(
				"{\"agencyCode\":\"A\",\"agencyCode\":\"B\",\"informationSought\":\"x\",\"requestedForm\":\"PAPER\",\"deliveryMethod\":\"POST\"}",
				"{\"outcome\":\"DISCLOSED\",\"outcome\":\"WITHHELD_STATE_SECRET\",\"replyText\":\"x\"}",
				"{\"withheld\":[{\"part\":\"a\",\"part\":\"b\"}]}")) {
			send(post("/api/requests").with(user(applicant))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(body));
			send(post("/api/cases/{id}/decision", caseId).with(user(officer))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(body));
		}
		for (String name : List.of("a\u0000b.pdf", "\u0000", "x\uD800.pdf", "a\r\nb.pdf", "n".repeat(300) + ".pdf")) {
			send(multipart("/api/requests/{id}/attachments", caseId)
				.file(new MockMultipartFile("file", name, "application/pdf", AccessControlIT.PDF))
				.param("purpose", "IDENTITY_PROOF")
				.with(user(applicant))
				.with(csrf()));
		}

		assertThat(requests).isGreaterThan(4000);
		assertThat(serverErrors).as("requests answered 5xx").isEmpty();
		assertThat(firstChange).as("the first request that changed the open case").isNull();
		assertThat(fingerprints()).isEqualTo(before);
	}

	private void send(MockHttpServletRequestBuilder request) throws Exception {
		requests++;
		int status;
		try {
			status = mvc.perform(request).andReturn().getResponse().getStatus();
		}
		catch (Exception e) {
			serverErrors.add(describe(request) + " threw " + e);
			return;
		}
		if (status >= 500) {
			serverErrors.add(describe(request) + " answered " + status);
		}
		if (firstChange == null && !"IN_PROGRESS".equals(jdbc.sql("select status from disclosure_case where id = ?")
			.param(openCase.id().value())
			.query(String.class)
			.single())) {
			firstChange = describe(request) + " changed the open case";
		}
	}

	private static String describe(MockHttpServletRequestBuilder request) {
		var built = request.buildRequest(new MockServletContext());
		String params = built.getParameterMap()
			.entrySet()
			.stream()
			.map(e -> e.getKey() + "=" + abbreviate(String.join(",", e.getValue())))
			.reduce((a, b) -> a + "&" + b)
			.orElse("");
		return built.getMethod() + " " + abbreviate(built.getRequestURI()) + " " + params;
	}

	private static String abbreviate(String s) {
		String shown = s.length() > 60 ? s.substring(0, 60) + "…(" + s.length() + ")" : s;
		StringBuilder escaped = new StringBuilder();
		shown.chars()
			.forEach(c -> escaped.append(
					c < 0x20 || Character.isSurrogate((char) c) ? "\\u%04x".formatted(c) : String.valueOf((char) c)));
		return escaped.toString();
	}

	private Map<String, String> fingerprints() {
		Map<String, String> prints = new LinkedHashMap<>();
		for (String table : TABLES) {
			prints.put(table, jdbc
				.sql("select count(*) || ':' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '') from "
						+ table + " t")
				.query(String.class)
				.single());
		}
		return prints;
	}

	private String h() {
		return HOSTILE.get(random.nextInt(HOSTILE.size()));
	}

	private String pick(String valid) {
		return random.nextInt(4) == 0 ? h() : valid;
	}

	private byte[] bytes() {
		byte[] b = new byte[random.nextInt(64)];
		random.nextBytes(b);
		return b;
	}

	private String jsonOf(String... keysAndValues) throws Exception {
		Map<String, Object> body = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			String v = keysAndValues[i + 1];
			body.put(keysAndValues[i], random.nextInt(10) == 0 ? (Object) random.nextLong() : v);
		}
		return json.writeValueAsString(body);
	}

}
