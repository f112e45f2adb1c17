package org.gongkai.disclosure.casework.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.casework.attachments.Attachment;
import org.gongkai.disclosure.casework.attachments.RedactionBox;
import org.gongkai.disclosure.casework.attachments.Redactions;
import org.gongkai.disclosure.decisions.Outcome;
import org.gongkai.disclosure.shared.ids.CaseId;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The boxes of a partly disclosed record, read and saved by the redaction page; saving
 * produces the redacted copy.
 */
@RestController
@Tag(name = "released records")
class RedactionApi {

	private final Redactions redactions;

	RedactionApi(Redactions redactions) {
		this.redactions = redactions;
	}

	@GetMapping("/api/requests/{id}/released-records/{recordId}/redaction")
	@Operation(summary = "部分公开文件的遮盖框（页码、位置为页面比例、不予公开理由）")
	RedactionJson boxes(@AuthenticationPrincipal GongkaiUser user, @PathVariable CaseId id,
			@PathVariable UUID recordId) {
		return new RedactionJson(redactions.boxes(user, id, recordId).stream().map(BoxJson::of).toList());
	}

	@PutMapping("/api/requests/{id}/released-records/{recordId}/redaction")
	@Operation(summary = "保存遮盖框并生成遮盖后的公开版本（遮盖处内容被删除，框内标明不予公开的理由）")
	Attachment redact(@AuthenticationPrincipal GongkaiUser user, @PathVariable CaseId id, @PathVariable UUID recordId,
			@Valid @RequestBody RedactionJson redaction) {
		return redactions.redact(user, id, recordId, redaction.boxes().stream().map(BoxJson::toBox).toList());
	}

	/** The boxes of one record. */
	record RedactionJson(@NotNull @Size(max = 500) List<@Valid @NotNull BoxJson> boxes) {
	}

	/**
	 * One box: page from 1, the rectangle as fractions of the displayed page from its top
	 * left corner, the 不予公开 ground and the reason.
	 */
	record BoxJson(int page, double x, double y, double width, double height, Outcome ground,
			@Size(max = 2000) String reason) {

		static BoxJson of(RedactionBox box) {
			return new BoxJson(box.page(), box.x(), box.y(), box.width(), box.height(), box.ground(), box.reason());
		}

		RedactionBox toBox() {
			return new RedactionBox(page, x, y, width, height, ground, reason);
		}

	}

}
