package org.gongkai.disclosure.appeals.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.appeals.AppealKind;
import org.gongkai.disclosure.appeals.DecisionType;
import org.gongkai.disclosure.appeals.NewAppeal;
import org.gongkai.disclosure.appeals.handling.AppealHandling;
import org.gongkai.disclosure.appeals.handling.AppealLetters;
import org.gongkai.disclosure.appeals.handling.AppealNotices;
import org.gongkai.disclosure.appeals.handling.AppealResultMappings;
import org.gongkai.disclosure.appeals.views.AppealViews;
import org.gongkai.disclosure.documents.LetterKind;
import org.gongkai.disclosure.documents.RenderedLetter;
import org.gongkai.disclosure.serving.ServiceMethod;
import org.gongkai.disclosure.serving.ServiceRecord;
import org.gongkai.disclosure.shared.Paging;
import org.gongkai.disclosure.shared.ids.AppealId;
import org.gongkai.disclosure.shared.ids.CaseId;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The JSON API for appeals (行政复议, 行政诉讼); the same services and access rules as the pages.
 */
@RestController
@RequestMapping("/api")
@Tag(name = "appeals", description = "行政复议、行政诉讼应诉")
class AppealApi {

	private final AppealHandling handling;

	private final AppealViews views;

	private final AppealLetters letters;

	private final AppealResultMappings mappings;

	private final AppealNotices notices;

	AppealApi(AppealHandling handling, AppealViews views, AppealLetters letters, AppealResultMappings mappings,
			AppealNotices notices) {
		this.handling = handling;
		this.views = views;
		this.letters = letters;
		this.mappings = mappings;
		this.notices = notices;
	}

	@GetMapping("/appeals")
	@Operation(summary = "复议、诉讼案件列表（含答复期限），最紧迫的在前；case=某申请的全部案件（申请人也可查看自己的申请），"
			+ "否则为某机关（默认本机关）的案件，可按 pending=true/false、kind=REVIEW/LITIGATION 筛选")
	ResponseEntity<List<AppealJson>> list(@AuthenticationPrincipal GongkaiUser user,
			@RequestParam(name = "case", required = false) CaseId caseId, @RequestParam(required = false) String agency,
			@RequestParam(required = false) Boolean pending, @RequestParam(required = false) AppealKind kind,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		Paging paging = new Paging(page, size);
		List<AppealViews.Summary> found = caseId != null ? views.ofCase(user, caseId)
				: views.ofAgency(user, agency, pending, kind);
		return ResponseEntity.ok()
			.header(Paging.TOTAL_HEADER, Integer.toString(found.size()))
			.body(paging.of(found).stream().map(AppealJson::of).toList());
	}

	@GetMapping("/appeals/{id}")
	@Operation(summary = "复议、诉讼案件详情：期限及其依据、决定（裁判）、统计口径、全部记录")
	AppealJson detail(@AuthenticationPrincipal GongkaiUser user, @PathVariable AppealId id) {
		return AppealJson.of(views.detail(user, id));
	}

	@PostMapping("/appeals")
	@Operation(summary = "登记行政复议申请书或起诉状副本（承办人、负责人）；按程序计算答复（答辩）及举证期限")
	ResponseEntity<AppealJson> register(@AuthenticationPrincipal GongkaiUser user,
			@Valid @RequestBody NewAppeal appeal) {
		var registered = handling.register(user, appeal);
		return ResponseEntity.created(URI.create("/api/appeals/" + registered.id()))
			.body(AppealJson.of(views.detail(user, registered.id())));
	}

	@PostMapping("/appeals/{id}/answer")
	@Operation(summary = "登记已提交书面答复（答辩状）及证据")
	AppealJson answer(@AuthenticationPrincipal GongkaiUser user, @PathVariable AppealId id,
			@Valid @RequestBody AnswerRequest request) {
		handling.answer(user, id, request.answeredOn());
		return AppealJson.of(views.detail(user, id));
	}

	@PostMapping("/appeals/{id}/decision")
	@Operation(summary = "登记复议决定或裁判（类型、作出日期、收到日期）；责令重新答复的，原申请重新办理")
	AppealJson decide(@AuthenticationPrincipal GongkaiUser user, @PathVariable AppealId id,
			@Valid @RequestBody DecisionRequest request) {
		handling.decide(user, id, request.decisionType(), request.decidedOn(), request.receivedOn());
		return AppealJson.of(views.detail(user, id));
	}

	@PostMapping("/appeals/{id}/withdrawal")
	@Operation(summary = "登记申请人撤回复议申请（终止）或撤诉（准予撤诉）")
	AppealJson withdraw(@AuthenticationPrincipal GongkaiUser user, @PathVariable AppealId id,
			@Valid @RequestBody WithdrawalRequest request) {
		handling.withdraw(user, id, request.on());
		return AppealJson.of(views.detail(user, id));
	}

	@GetMapping("/appeals/{id}/documents/{kind}")
	@Operation(summary = "下载应诉文书：APPEAL_ANSWER（行政复议答复书）、LITIGATION_DEFENCE（行政诉讼答辩状）、"
			+ "EVIDENCE_LIST（举证材料清单），format=pdf 或 docx")
	ResponseEntity<byte[]> document(@AuthenticationPrincipal GongkaiUser user, @PathVariable AppealId id,
			@PathVariable LetterKind kind, @RequestParam(defaultValue = "pdf") String format) {
		RenderedLetter rendered = letters.render(user, id, kind, format);
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

	@GetMapping("/appeals/{id}/service")
	@Operation(summary = "应诉文书的送达记录（送达复议机关或人民法院）")
	List<ServiceJson> service(@AuthenticationPrincipal GongkaiUser user, @PathVariable AppealId id) {
		return notices.history(user, id).stream().map(ServiceJson::of).toList();
	}

	@PostMapping("/appeals/{id}/service")
	@Operation(summary = "登记发出应诉文书（承办人、负责人）：送达方式（EMAIL、SMS_LINK、POST 须填邮件号、IN_PERSON、OTHER），发出日期默认今天")
	ServiceJson send(@AuthenticationPrincipal GongkaiUser user, @PathVariable AppealId id,
			@Valid @RequestBody SendJson body) {
		return ServiceJson
			.of(notices.send(user, id, body.document(), body.method(), body.trackingNumber(), body.sentOn()));
	}

	@PostMapping("/appeals/{id}/service/{serviceId}/receipt")
	@Operation(summary = "登记复议机关或人民法院收到文书的日期及证明（邮件查询、签收回执等）")
	ServiceJson received(@AuthenticationPrincipal GongkaiUser user, @PathVariable AppealId id,
			@PathVariable UUID serviceId, @Valid @RequestBody ReceiptJson body) {
		return ServiceJson.of(notices.received(user, id, serviceId, body.receivedOn(), body.proof()));
	}

	@GetMapping("/appeal-decision-types")
	@Operation(summary = "复议决定、裁判类型及其法律依据和第四部分统计口径")
	List<DecisionTypeJson> decisionTypes() {
		var results = mappings.results();
		return Arrays.stream(DecisionType.values())
			.map(t -> new DecisionTypeJson(t.name(), t.kind().name(), t.label(), t.legalBasis(), t.effect().name(),
					results.containsKey(t) ? results.get(t).label() : null))
			.toList();
	}

	record AnswerRequest(@NotNull LocalDate answeredOn) {
	}

	record DecisionRequest(@NotNull DecisionType decisionType, @NotNull LocalDate decidedOn,
			@NotNull LocalDate receivedOn) {
	}

	record WithdrawalRequest(@NotNull LocalDate on) {
	}

	record DecisionTypeJson(String type, String kind, String label, String legalBasis, String effect, String result) {
	}

	record SendJson(@NotNull(message = "请选择送达的文书") LetterKind document,
			@NotNull(message = "请选择送达方式") ServiceMethod method, @Size(max = 64) String trackingNumber,
			LocalDate sentOn) {
	}

	record ReceiptJson(@NotNull(message = "请填写收到日期") LocalDate receivedOn, @Size(max = 500) String proof) {
	}

	/** One document's service: to whom, how, when sent and received, the proof. */
	record ServiceJson(UUID id, String document, String documentTitle, String addressee, String method,
			String methodLabel, String trackingNumber, Instant sentAt, String sentBy, LocalDate receivedOn,
			String proof, String receiptRecordedBy) {

		static ServiceJson of(ServiceRecord r) {
			return new ServiceJson(r.id(), r.document().name(), r.document().title(), r.addressee(), r.method().name(),
					r.method().label(), r.trackingNumber(), r.sentAt(), r.sentBy(), r.receivedOn(), r.proof(),
					r.receiptBy());
		}
	}

}
