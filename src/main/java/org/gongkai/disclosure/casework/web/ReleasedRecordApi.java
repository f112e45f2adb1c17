package org.gongkai.disclosure.casework.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.casework.attachments.Attachment;
import org.gongkai.disclosure.casework.attachments.ReleasedRecords;
import org.gongkai.disclosure.shared.ids.CaseId;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The released records of a case: attached by its officers and departments, downloaded
 * one by one or as one ZIP with the reply and a manifest. Files are streamed to the
 * response, always as attachments, never rendered inline.
 */
@RestController
@RequestMapping("/api/requests/{id}")
@Tag(name = "released records", description = "公开的政府信息（随答复书提供的文件）")
class ReleasedRecordApi {

	private final ReleasedRecords records;

	private final ReleasedArchive archive;

	ReleasedRecordApi(ReleasedRecords records, ReleasedArchive archive) {
		this.records = records;
		this.archive = archive;
	}

	@PostMapping(value = "/released-records", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "上传公开的政府信息（PDF、图片、Word、Excel、OFD，单个不超过200MB），标明公开或部分公开")
	ResponseEntity<Attachment> attach(@AuthenticationPrincipal GongkaiUser user, @PathVariable CaseId id,
			@RequestParam Attachment.Disclosure disclosure, @RequestParam MultipartFile file) throws IOException {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(records.attach(user, id, disclosure, file.getOriginalFilename(), file.getSize(), file));
	}

	@GetMapping("/released-records")
	@Operation(summary = "公开的政府信息清单（申请人：答复书出具后，仅可公开的文件及遮盖后的版本）")
	List<Attachment> list(@AuthenticationPrincipal GongkaiUser user, @PathVariable CaseId id) {
		return records.of(user, id);
	}

	@GetMapping("/released-records/{recordId}")
	@Operation(summary = "下载一个公开的文件")
	void download(@AuthenticationPrincipal GongkaiUser user, @PathVariable CaseId id, @PathVariable UUID recordId,
			HttpServletResponse response) throws IOException {
		Attachment record = records.open(user, id, recordId);
		Downloads.start(response, record.mediaType(), record.fileName(), record.sizeBytes());
		try (OutputStream out = response.getOutputStream()) {
			records.copy(record, out);
		}
	}

	@GetMapping("/released-records.zip")
	@Operation(summary = "答复书和公开的文件打包下载（含文件名和 SHA-256 清单）")
	void zip(@AuthenticationPrincipal GongkaiUser user, @PathVariable CaseId id, HttpServletResponse response)
			throws IOException {
		ReleasedArchive.Contents contents = archive.contents(user, id);
		Downloads.start(response, "application/zip", contents.fileName(), -1);
		try (OutputStream out = response.getOutputStream()) {
			archive.write(contents, out);
		}
	}

	@DeleteMapping("/released-records/{recordId}")
	@Operation(summary = "删除一个公开的文件（答复意见提交审核前）")
	ResponseEntity<Void> remove(@AuthenticationPrincipal GongkaiUser user, @PathVariable CaseId id,
			@PathVariable UUID recordId) {
		records.remove(user, id, recordId);
		return ResponseEntity.noContent().build();
	}

	/** The headers of a streamed download. */
	static final class Downloads {

		private Downloads() {
		}

		static void start(HttpServletResponse response, String mediaType, String fileName, long size) {
			response.setContentType(mediaType);
			if (size >= 0) {
				response.setContentLengthLong(size);
			}
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
			response.setHeader("Content-Security-Policy", "sandbox; default-src 'none'");
			response.setHeader("X-Content-Type-Options", "nosniff");
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		}

	}

}
