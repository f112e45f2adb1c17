package org.gongkai.disclosure.casework.web;

import java.nio.charset.StandardCharsets;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.casework.decision.CaseLetters;
import org.gongkai.disclosure.casework.notices.CaseNotices;
import org.gongkai.disclosure.documents.LetterKind;
import org.gongkai.disclosure.documents.RenderedLetter;
import org.gongkai.disclosure.shared.ids.CaseId;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The letters of a case as Word (.docx) or PDF, for its applicant and its agency's
 * officers.
 */
@RestController
@Tag(name = "letters", description = "回执、答复书等文书（Word / PDF）")
class LetterApi {

	private final CaseLetters letters;

	private final CaseNotices notices;

	LetterApi(CaseLetters letters, CaseNotices notices) {
		this.letters = letters;
		this.notices = notices;
	}

	@GetMapping("/api/requests/{id}/letters/{kind}")
	@Operation(summary = "下载文书：RECEIPT（回执）或 REPLY（答复书），format=pdf 或 docx；申请人打开系统内送达的文书即为送达")
	ResponseEntity<byte[]> letter(@AuthenticationPrincipal GongkaiUser user, @PathVariable CaseId id,
			@PathVariable LetterKind kind, @RequestParam(defaultValue = "pdf") String format) {
		RenderedLetter rendered = letters.render(user, id, kind, format);
		notices.opened(user, id, kind);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(rendered.mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(rendered.fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.cacheControl(CacheControl.noStore())
			.body(rendered.content());
	}

}
