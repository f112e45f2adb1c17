package org.gongkai.disclosure.casework.web;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.casework.notices.CaseNotices;
import org.gongkai.disclosure.documents.LetterKind;
import org.gongkai.disclosure.serving.ServiceMethod;
import org.gongkai.disclosure.serving.ServiceRecord;
import org.gongkai.disclosure.shared.ids.CaseId;

import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The JSON API for the service (送达) of a case's letters. */
@RestController
@Tag(name = "service", description = "文书送达：送达方式、发出时间、受送达人收到日期及证明")
class ServiceApi {

	private final CaseNotices notices;

	ServiceApi(CaseNotices notices) {
		this.notices = notices;
	}

	@GetMapping("/api/requests/{id}/service")
	@Operation(summary = "文书送达记录（申请人看到送达给本人的文书；工作人员看到全部）")
	List<ServiceJson> history(@AuthenticationPrincipal GongkaiUser user, @PathVariable CaseId id) {
		return notices.history(user, id).stream().map(ServiceJson::of).toList();
	}

	@PostMapping("/api/cases/{id}/service")
	@Operation(summary = "登记发出文书（工作人员）：送达方式（IN_SYSTEM、EMAIL、SMS_LINK、POST 须填邮件号、IN_PERSON、OTHER），发出日期默认今天")
	ServiceJson send(@AuthenticationPrincipal GongkaiUser officer, @PathVariable CaseId id,
			@Valid @RequestBody SendJson body) {
		return ServiceJson
			.of(notices.send(officer, id, body.document(), body.method(), body.trackingNumber(), body.sentOn()));
	}

	@PostMapping(path = "/api/cases/{id}/service/{serviceId}/receipt", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "登记受送达人收到文书的日期及证明（工作人员）：邮件查询网址、签收情况等；不得早于发出日期、不得晚于今天")
	ServiceJson received(@AuthenticationPrincipal GongkaiUser officer, @PathVariable CaseId id,
			@PathVariable UUID serviceId, @Valid @RequestBody ReceiptJson body) {
		return ServiceJson.of(notices.received(officer, id, serviceId,
				new CaseNotices.Receipt(body.receivedOn(), body.proof(), null, null)));
	}

	@PostMapping(path = "/api/cases/{id}/service/{serviceId}/receipt", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "登记收到日期并上传送达回证扫描件（工作人员，PDF、JPEG 或 PNG）")
	ServiceJson receivedWithScan(@AuthenticationPrincipal GongkaiUser officer, @PathVariable CaseId id,
			@PathVariable UUID serviceId, @RequestParam LocalDate receivedOn,
			@RequestParam(required = false) String proof, @RequestPart MultipartFile scan) throws IOException {
		return ServiceJson.of(notices.received(officer, id, serviceId,
				new CaseNotices.Receipt(receivedOn, proof, scan.getOriginalFilename(), scan.getBytes())));
	}

	record SendJson(@NotNull(message = "请选择送达的文书") LetterKind document,
			@NotNull(message = "请选择送达方式") ServiceMethod method, @Size(max = 64) String trackingNumber,
			LocalDate sentOn) {
	}

	record ReceiptJson(@NotNull(message = "请填写收到日期") LocalDate receivedOn, @Size(max = 500) String proof) {
	}

	record ServiceJson(UUID id, String document, String documentTitle, String addressee, String method,
			String methodLabel, String trackingNumber, Instant sentAt, String sentBy, LocalDate receivedOn,
			String proof, UUID proofAttachment, String receiptRecordedBy, Instant receiptRecordedAt) {

		static ServiceJson of(ServiceRecord r) {
			return new ServiceJson(r.id(), r.document().name(), r.document().title(),
					r.addressee() == null ? "申请人" : r.addressee(), r.method().name(), r.method().label(),
					r.trackingNumber(), r.sentAt(), r.sentBy(), r.receivedOn(), r.proof(), r.proofAttachment(),
					r.receiptBy(), r.receiptAt());
		}
	}

}
