package org.gongkai.disclosure.casework.web;

import java.io.IOException;
import java.io.InputStream;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gongkai.disclosure.casework.process.DisclosureRequestProcess;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The BPMN model itself, for the diagram on the case page (the same file the engine runs,
 * from the classpath).
 */
@RestController
@Tag(name = "process", description = "办理流程模型")
class ProcessModelApi {

	@GetMapping(value = "/api/process/disclosure-request.bpmn", produces = MediaType.APPLICATION_XML_VALUE)
	@Operation(summary = "政府信息公开申请办理流程（BPMN 2.0）")
	@PreAuthorize("isAuthenticated()")
	ResponseEntity<byte[]> model() throws IOException {
		try (InputStream in = new ClassPathResource(DisclosureRequestProcess.RESOURCE).getInputStream()) {
			return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(in.readAllBytes());
		}
	}

}
