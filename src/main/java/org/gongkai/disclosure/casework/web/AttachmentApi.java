package org.gongkai.disclosure.casework.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.casework.attachments.Attachment;
import org.gongkai.disclosure.casework.attachments.CaseAttachments;
import org.gongkai.disclosure.shared.ids.CaseId;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Upload and download of case files. Downloads are always attachments, sandboxed, never
 * rendered inline.
 */
@RestController
@RequestMapping("/api")
@Tag(name = "attachments", description = "申请材料（身份证明、补正材料）")
class AttachmentApi {

	private final CaseAttachments attachments;

	AttachmentApi(CaseAttachments attachments) {
		this.attachments = attachments;
	}

	@PostMapping(value = "/requests/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "上传材料（PDF、JPEG、PNG，不超过10MB，按内容识别类型）")
	ResponseEntity<Attachment> upload(@AuthenticationPrincipal GongkaiUser user, @PathVariable CaseId id,
			@RequestParam Attachment.Purpose purpose, @RequestParam MultipartFile file) throws IOException {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(attachments.upload(user, id, purpose, file.getOriginalFilename(), file.getBytes()));
	}

	@GetMapping("/requests/{id}/attachments")
	@Operation(summary = "案件的材料清单")
	List<Attachment> list(@AuthenticationPrincipal GongkaiUser user, @PathVariable CaseId id) {
		return attachments.of(user, id);
	}

	@GetMapping("/attachments/{id}")
	@Operation(summary = "下载材料")
	ResponseEntity<byte[]> download(@AuthenticationPrincipal GongkaiUser user, @PathVariable UUID id) {
		CaseAttachments.Download download = attachments.download(user, id);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(download.attachment().mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(download.attachment().fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("Content-Security-Policy", "sandbox; default-src 'none'")
			.header("X-Content-Type-Options", "nosniff")
			.cacheControl(CacheControl.noStore())
			.body(download.content());
	}

}
