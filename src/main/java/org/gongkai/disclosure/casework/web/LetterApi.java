package org.gongkai.disclosure.casework.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.casework.decision.CaseLetters;
import org.gongkai.disclosure.casework.decision.IssuedLetter;
import org.gongkai.disclosure.casework.notices.CaseNotices;
import org.gongkai.disclosure.documents.LetterKind;
import org.gongkai.disclosure.documents.RenderedLetter;
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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The letters of a case as Word (.docx) or PDF, for its applicant and its agency's
 * officers: an issued letter exactly as stored when it was issued.
 */
@RestController
@Tag(name = "letters", description = "回执、答复书等文书（Word / PDF），出具时固定")
class LetterApi {

	private final CaseLetters letters;

	private final CaseNotices notices;

	LetterApi(CaseLetters letters, CaseNotices notices) {
		this.letters = letters;
		this.notices = notices;
	}

	@GetMapping("/api/requests/{id}/letters")
	@Operation(summary = "本案已出具的文书（种类、文号、出具时间、SHA-256、版本及其替代的版本）")
	List<IssuedLetter> issued(@AuthenticationPrincipal GongkaiUser user, @PathVariable CaseId id) {
		return letters.issued(user, id);
	}

	@GetMapping("/api/requests/{id}/letters/{kind}")
	@Operation(summary = "下载文书（已出具的为出具时固定的最新版本），format=pdf 或 docx；申请人打开系统内送达的文书即为送达")
	ResponseEntity<byte[]> letter(@AuthenticationPrincipal GongkaiUser user, @PathVariable CaseId id,
			@PathVariable LetterKind kind, @RequestParam(defaultValue = "pdf") String format) {
		RenderedLetter rendered = letters.render(user, id, kind, format);
		notices.opened(user, id, kind);
		return download(rendered);
	}

	@GetMapping("/api/requests/{id}/reply-draft")
	@Operation(summary = "答复书草稿（PDF，每页标明“草稿”）：法制审核和负责人签发前查看拟出具的答复书；不出具、不保存")
	ResponseEntity<byte[]> replyDraft(@AuthenticationPrincipal GongkaiUser officer, @PathVariable CaseId id) {
		RenderedLetter draft = letters.replyDraft(officer, id);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(draft.mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(draft.fileName(), StandardCharsets.UTF_8).build().toString())
			.cacheControl(CacheControl.noStore())
			.body(draft.content());
	}

	@GetMapping("/api/requests/{id}/letters/{kind}/versions/{version}")
	@Operation(summary = "下载已出具文书的某一版本，format=pdf 或 docx")
	ResponseEntity<byte[]> version(@AuthenticationPrincipal GongkaiUser user, @PathVariable CaseId id,
			@PathVariable LetterKind kind, @PathVariable int version,
			@RequestParam(defaultValue = "pdf") String format) {
		return download(letters.version(user, id, kind, version, format));
	}

	@PostMapping("/api/requests/{id}/letters/{kind}/corrections")
	@Operation(summary = "更正已出具的文书：按案件现状重新出具为新版本，注明所替代的版本和理由")
	ResponseEntity<IssuedLetter> correct(@AuthenticationPrincipal GongkaiUser user, @PathVariable CaseId id,
			@PathVariable LetterKind kind, @Valid @RequestBody TextJson reason) {
		return ResponseEntity.status(HttpStatus.CREATED).body(letters.correct(user, id, kind, reason.text()));
	}

	private static ResponseEntity<byte[]> download(RenderedLetter rendered) {
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
