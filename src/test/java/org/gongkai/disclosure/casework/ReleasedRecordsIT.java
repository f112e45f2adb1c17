package org.gongkai.disclosure.casework;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.jayway.jsonpath.JsonPath;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.gongkai.disclosure.Fixtures;
import org.gongkai.disclosure.GongkaiIntegrationTest;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.accounts.Role;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.applicants.ApplicantCategory;
import org.gongkai.disclosure.casework.attachments.Sha256;
import org.gongkai.disclosure.casework.decision.CaseDecisions;
import org.gongkai.disclosure.casework.intake.NewRequest;
import org.gongkai.disclosure.casework.intake.RequestIntake;
import org.gongkai.disclosure.casework.routing.CaseRoutings;
import org.gongkai.disclosure.casework.stops.CaseCorrections;
import org.gongkai.disclosure.decisions.Outcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The released records (issue 11 item 1): attached by officers and departments, seen by
 * the reviewer and the head before they approve, received by the applicant only with the
 * issued reply, one by one or as a ZIP with a manifest; originals of partly disclosed
 * records never.
 */
@GongkaiIntegrationTest
class ReleasedRecordsIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	RequestIntake intake;

	@Autowired
	CaseCorrections corrections;

	@Autowired
	CaseDecisions decisions;

	@Autowired
	CaseRoutings routings;

	@Autowired
	JdbcClient jdbc;

	private Agency agency;

	private GongkaiUser applicant;

	private GongkaiUser officer;

	private DisclosureCase filed;

	@BeforeEach
	void aCase() {
		agency = fixtures.agency();
		officer = fixtures.officer(agency, Role.CASE_OFFICER);
		applicant = fixtures.applicant(ApplicantCategory.NATURAL_PERSON);
		filed = fixtures.as(applicant, () -> intake.submitOnline(applicant,
				new NewRequest(agency.code(), "本局2024年度部门预算", RequestedForm.ELECTRONIC, DeliveryMethod.ONLINE)));
	}

	@Test
	void theApplicantReceivesTheFilesWithTheIssuedReplyAndAManifest() throws Exception {
		byte[] budget = pdf(3);
		// larger than one slice of the streamed copy (1 MiB), so the copy takes several
		byte[] scan = largePdf(2_500_000);
		byte[] table = docx("预算明细");
		byte[] original = pdf(1);
		String budgetId = attach(officer, "预算.pdf", "FULL", budget).andExpect(status().isCreated())
			.andExpect(jsonPath("$.mediaType").value("application/pdf"))
			.andExpect(jsonPath("$.sha256").value(Sha256.of(budget)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String scanId = JsonPath.read(attach(officer, "扫描件.pdf", "FULL", scan).andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
		attach(officer, "明细.docx", "FULL", table).andExpect(status().isCreated())
			.andExpect(jsonPath("$.mediaType")
				.value("application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
		String originalId = JsonPath.read(attach(officer, "合同.pdf", "PARTIAL", original).andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");

		// before the reply: nothing for the applicant
		mvc.perform(get(records()).with(user(applicant))).andExpect(status().isOk()).andExpect(content().json("[]"));
		mvc.perform(get(records() + "/" + scanId).with(user(applicant))).andExpect(status().isNotFound());
		mvc.perform(get("/api/requests/" + filed.id() + "/released-records.zip").with(user(applicant)))
			.andExpect(status().isConflict());

		// the reviewer sees every file, the original too, while the draft is under review
		// — and nobody changes them then
		GongkaiUser reviewer = fixtures.officer(agency, Role.LEGAL_REVIEWER);
		mvc.perform(put(records() + "/" + originalId + "/redaction").with(user(officer))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"boxes\":[{\"page\":1,\"x\":0.1,\"y\":0.1,\"width\":0.5,\"height\":0.1,"
					+ "\"ground\":\"WITHHELD_THIRD_PARTY_RIGHTS\",\"reason\":\"涉及个人隐私\"}]}"))
			.andExpect(status().isOk());
		fixtures.as(officer, () -> {
			corrections.accept(officer, filed.id());
			return decisions.draft(officer, filed.id(), Outcome.PARTLY_DISCLOSED, "部分公开，详见附件。", null, null, List.of());
		});
		mvc.perform(get(records()).with(user(reviewer)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(5));
		attach(officer, "迟到.pdf", "FULL", pdf(1)).andExpect(status().isConflict());
		GongkaiUser head = fixtures.officer(agency, Role.HEAD_OF_OFFICE);
		fixtures.as(reviewer, () -> decisions.review(reviewer, filed.id(), true, null));
		fixtures.as(head, () -> decisions.signOff(head, filed.id(), true, null));
		fixtures.runDueJobs();

		// after the reply: the files disclosed in full, never the original of a partly
		// disclosed one
		mvc.perform(get(records()).with(user(applicant)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(4))
			.andExpect(jsonPath("$[?(@.id == '" + originalId + "')]").isEmpty())
			.andExpect(jsonPath("$[?(@.fileName == '合同_部分公开.pdf')]").isNotEmpty());
		mvc.perform(get(records() + "/" + originalId).with(user(applicant))).andExpect(status().isNotFound());
		byte[] alone = mvc.perform(get(records() + "/" + scanId).with(user(applicant)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Length", String.valueOf(scan.length)))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(alone).isEqualTo(scan);

		byte[] zip = mvc.perform(get("/api/requests/" + filed.id() + "/released-records.zip").with(user(applicant)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/zip"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		Map<String, byte[]> entries = unzip(zip);
		byte[] reply = mvc.perform(get("/api/requests/" + filed.id() + "/letters/REPLY").with(user(applicant)))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(entries).containsKeys("预算.pdf", "扫描件.pdf", "明细.docx", "合同_部分公开.pdf", "清单.txt")
			.doesNotContainKey("合同.pdf");
		assertThat(entries.get("扫描件.pdf")).isEqualTo(scan);
		assertThat(entries.values()).anySatisfy(bytes -> assertThat(bytes).isEqualTo(reply));
		String manifest = new String(entries.get("清单.txt"), StandardCharsets.UTF_8);
		assertThat(manifest).contains("答复书：" + agency.name() + "依申请公开答")
			.contains("预算.pdf\t公开\t" + budget.length + "\t" + Sha256.of(budget))
			.contains("扫描件.pdf\t公开\t" + scan.length + "\t" + Sha256.of(scan))
			.contains("明细.docx\t公开\t" + table.length + "\t" + Sha256.of(table))
			.contains("合同_部分公开.pdf\t部分公开\t")
			.contains(Sha256.of(reply))
			.doesNotContain("合同.pdf");
		assertThat(jdbc.sql("select count(*) from case_ledger where case_id = ? and action = 'RECORDS_RELEASED'")
			.param(filed.id().value())
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(budgetId).isNotBlank();
	}

	@Test
	void aDepartmentAnsweringARoutingAttachesWhatItHolds() throws Exception {
		Agency department = fixtures.department(agency);
		GongkaiUser departmentOfficer = fixtures.officer(department, Role.CASE_OFFICER);
		GongkaiUser elsewhere = fixtures.officer(fixtures.department(agency), Role.CASE_OFFICER);
		attach(departmentOfficer, "部门.pdf", "FULL", pdf(1)).andExpect(status().isNotFound());
		fixtures.as(officer, () -> {
			corrections.accept(officer, filed.id());
			return routings.route(officer, filed.id(), department.code(), List.of(), routings.defaultDueOn(filed.id()),
					"请提供预算文件");
		});
		attach(departmentOfficer, "部门.pdf", "FULL", pdf(1)).andExpect(status().isCreated());
		attach(elsewhere, "别处.pdf", "FULL", pdf(1)).andExpect(status().isNotFound());
		mvc.perform(get(records()).with(user(officer))).andExpect(jsonPath("$[0].fileName").value("部门.pdf"));
		mvc.perform(get("/officer/routed/" + filed.id()).with(user(departmentOfficer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("部门.pdf")));
	}

	@Test
	void refusesWhatCannotBeReleasedWithAReason() throws Exception {
		attach(officer, "程序.pdf", "FULL", "MZ\u0090\u0000 not a document".getBytes(StandardCharsets.ISO_8859_1))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("只接受")));
		attach(officer, "明细.docx", "PARTIAL", docx("x")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("须为 PDF")));
		attach(applicant, "我的.pdf", "FULL", pdf(1)).andExpect(status().isForbidden());
		assertThat(jdbc.sql("select count(*) from attachment where case_id = ?")
			.param(filed.id().value())
			.query(Long.class)
			.single()).isZero();
	}

	private ResultActions attach(GongkaiUser who, String name, String disclosure, byte[] content) throws Exception {
		return mvc
			.perform(multipart(records()).file(new MockMultipartFile("file", name, "application/octet-stream", content))
				.param("disclosure", disclosure)
				.with(user(who))
				.with(csrf()));
	}

	private String records() {
		return "/api/requests/" + filed.id() + "/released-records";
	}

	static byte[] pdf(int pages) throws IOException {
		try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (int i = 0; i < pages; i++) {
				doc.addPage(new PDPage());
			}
			doc.save(out);
			return out.toByteArray();
		}
	}

	/**
	 * A PDF header followed by {@code size} random bytes: sniffed as PDF, incompressible.
	 */
	private static byte[] largePdf(int size) {
		byte[] content = new byte[size];
		new Random(11).nextBytes(content);
		byte[] header = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
		System.arraycopy(header, 0, content, 0, header.length);
		return content;
	}

	private static byte[] docx(String text) throws IOException {
		try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			doc.createParagraph().createRun().setText(text);
			doc.write(out);
			return out.toByteArray();
		}
	}

	private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
			for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
				entries.put(e.getName(), in.readAllBytes());
			}
		}
		return entries;
	}

}
