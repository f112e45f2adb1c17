package org.gongkai.disclosure.casework;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import com.jayway.jsonpath.JsonPath;
import org.gongkai.disclosure.Fixtures;
import org.gongkai.disclosure.GongkaiIntegrationTest;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.applicants.ApplicantCategory;
import org.gongkai.disclosure.casework.attachments.AttachmentPolicy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@GongkaiIntegrationTest
class AttachmentsIT {

	static final byte[] PNG = HexFormat.of()
		.parseHex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
				+ "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082");

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	private GongkaiUser applicant;

	private DisclosureCase filed;

	@BeforeEach
	void aCase() {
		Agency agency = fixtures.agency();
		applicant = fixtures.applicant(ApplicantCategory.NATURAL_PERSON);
		filed = fixtures.submit(applicant, agency, "某信息");
	}

	@Test
	void storesTheSniffedTypeASafeNameAndTheSha256() throws Exception {
		String body = mvc
			.perform(multipart("/api/requests/" + filed.id() + "/attachments")
				.file(new MockMultipartFile("file", "../../etc/身份证 正面<script>.exe", "application/x-msdownload", PNG))
				.param("purpose", "IDENTITY_PROOF")
				.with(user(applicant))
				.with(csrf()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.mediaType").value("image/png"))
			.andExpect(jsonPath("$.fileName").value("身份证_正面_script_.png"))
			.andExpect(jsonPath("$.sha256")
				.value(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PNG))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = JsonPath.read(body, "$.id");
		mvc.perform(get("/api/attachments/" + id).with(user(applicant)))
			.andExpect(status().isOk())
			.andExpect(content().bytes(PNG))
			.andExpect(content().contentType("image/png"));
	}

	@Test
	void refusesWhatIsNotReallyAPdfOrAnImage() throws Exception {
		byte[][] hostile = { "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8),
				"MZ\u0090\u0000 this is a windows executable".getBytes(StandardCharsets.ISO_8859_1),
				"#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.UTF_8),
				HexFormat.of().parseHex("504b030414000600080000002100"), // zip / docx
				new byte[0] };
		for (byte[] content : hostile) {
			int status = mvc
				.perform(multipart("/api/requests/" + filed.id() + "/attachments")
					.file(new MockMultipartFile("file", "证明.pdf", "application/pdf", content))
					.param("purpose", "IDENTITY_PROOF")
					.with(user(applicant))
					.with(csrf()))
				.andReturn()
				.getResponse()
				.getStatus();
			assertThat(status).isEqualTo(400);
		}
		assertThat(jdbc.sql("select count(*) from attachment where case_id = ?")
			.param(filed.id().value())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void refusesFilesOverTenMegabytes() throws Exception {
		byte[] big = new byte[(int) AttachmentPolicy.MAX_BYTES + 1];
		System.arraycopy(PNG, 0, big, 0, PNG.length);
		mvc.perform(multipart("/api/requests/" + filed.id() + "/attachments")
			.file(new MockMultipartFile("file", "big.png", "image/png", big))
			.param("purpose", "IDENTITY_PROOF")
			.with(user(applicant))
			.with(csrf())).andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("文件不得超过10MB"));
	}

}
