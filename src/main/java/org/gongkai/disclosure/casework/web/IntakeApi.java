package org.gongkai.disclosure.casework.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.casework.DisclosureCase;
import org.gongkai.disclosure.casework.intake.ApplicantInformation;
import org.gongkai.disclosure.casework.intake.CaseAssistance;
import org.gongkai.disclosure.casework.intake.CaseSplitting;
import org.gongkai.disclosure.casework.intake.IdentityCheckMethod;
import org.gongkai.disclosure.casework.intake.NewRequest;
import org.gongkai.disclosure.casework.intake.OfflineRequest;
import org.gongkai.disclosure.casework.intake.PersonalInformationRequests;
import org.gongkai.disclosure.casework.intake.RequestIntake;
import org.gongkai.disclosure.casework.intake.SimilarRequests;
import org.gongkai.disclosure.casework.views.CaseViews;
import org.gongkai.disclosure.decisions.Outcome;
import org.gongkai.disclosure.shared.ids.CaseId;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The JSON API for filing: online submission, registration of offline requests, 一事一申请
 * splitting and similar earlier requests.
 */
@RestController
@RequestMapping("/api")
@Tag(name = "requests", description = "政府信息公开申请与办理")
class IntakeApi {

	private final RequestIntake intake;

	private final CaseSplitting splitting;

	private final SimilarRequests similar;

	private final CaseViews views;

	private final CaseAssistance assistance;

	private final ApplicantInformation applicantInformation;

	private final PersonalInformationRequests referrals;

	private final ActAnswers answers;

	IntakeApi(RequestIntake intake, CaseSplitting splitting, SimilarRequests similar, CaseViews views,
			CaseAssistance assistance, ApplicantInformation applicantInformation, PersonalInformationRequests referrals,
			ActAnswers answers) {
		this.answers = answers;
		this.applicantInformation = applicantInformation;
		this.referrals = referrals;
		this.assistance = assistance;
		this.intake = intake;
		this.splitting = splitting;
		this.similar = similar;
		this.views = views;
	}

	@PostMapping("/requests")
	@Operation(summary = "在线提交申请（申请人）；提交即确认收到。带 Idempotency-Key 时，以同一键重试返回同一案件（200），不会重复立案")
	ResponseEntity<CaseJson> submit(@AuthenticationPrincipal GongkaiUser user,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
			@Valid @RequestBody NewRequest request) {
		ActAnswers.Answered<RequestIntake.Filing> filing = answers.after(user,
				() -> intake.submitOnline(user, request, idempotencyKey), f -> f.theCase().id());
		DisclosureCase filed = filing.act().theCase();
		return ResponseEntity.status(filing.act().replayed() ? HttpStatus.OK : HttpStatus.CREATED)
			.location(URI.create("/api/requests/" + filed.id()))
			.body(filing.answer());
	}

	@PostMapping("/cases")
	@Operation(summary = "登记线下申请（登记员、承办人）：当面、邮寄、平常信函、传真、电子邮件、口头；收到申请之日按《条例》第三十一条确定。"
			+ "早于今天的须有 backdatingReason 及 backdatingNote 或 receiptEvidence；委托代理须有 agent 及其 authorisation（授权委托书）；文件内容为 base64")
	ResponseEntity<CaseJson> register(@AuthenticationPrincipal GongkaiUser officer,
			@RequestBody OfflineRequest request) {
		DisclosureCase filed = intake.register(officer, request);
		return ResponseEntity.created(URI.create("/api/requests/" + filed.id()))
			.body(CaseJson.of(views.detail(officer, filed.id())));
	}

	@PostMapping("/cases/on-the-spot")
	@Operation(summary = "登记当面提交或口头提出的申请并当场答复（登记员、承办人；《条例》第三十三条第一款）：答复日期即收到申请之日，答复书随即出具；"
			+ "只能是予以公开、信访举报投诉类申请、要求提供公开出版物、要求确认或重新出具已获取信息")
	ResponseEntity<CaseJson> answerOnTheSpot(@AuthenticationPrincipal GongkaiUser officer,
			@Valid @RequestBody OnTheSpotJson body) {
		DisclosureCase answered = intake.answerOnTheSpot(officer, body.request(), body.outcome(), body.replyText());
		return ResponseEntity.created(URI.create("/api/requests/" + answered.id()))
			.body(CaseJson.of(views.detail(officer, answered.id())));
	}

	@PostMapping("/cases/{id}/split")
	@Operation(summary = "按一事一申请拆分（承办人，审查环节）：原案保留第一项，其余各项各成一案，收到日期与计时相同")
	List<CaseJson> split(@AuthenticationPrincipal GongkaiUser officer, @PathVariable CaseId id,
			@Valid @RequestBody SplitJson body) {
		return splitting.split(officer, id, body.items())
			.stream()
			.map(c -> CaseJson.of(views.detail(officer, c.id())))
			.toList();
	}

	@GetMapping("/cases/{id}/similar")
	@Operation(summary = "相似的在先申请（pg_trgm 相似度，仅供承办人参考，不自动作出重复申请决定）")
	List<SimilarRequests.Similar> similarRequests(@AuthenticationPrincipal GongkaiUser officer,
			@PathVariable CaseId id) {
		return similar.similarTo(officer, id);
	}

	@PostMapping("/cases/{id}/assistance")
	@Operation(summary = "记录为存在阅读困难或者视听障碍的申请人提供的帮助（《条例》第四十三条；登记员、承办人）")
	CaseJson assist(@AuthenticationPrincipal GongkaiUser officer, @PathVariable CaseId id,
			@Valid @RequestBody AssistanceJson body) {
		assistance.record(officer, id, body.need(), body.help(), body.givenOn());
		return CaseJson.of(views.detail(officer, id));
	}

	@PostMapping("/cases/{id}/identity-verification")
	@Operation(summary = "记录申请人身份核验（涉及申请人自身信息的申请；登记员、承办人）：谁核验、核验方式、核验日期。核验前不能作出公开其自身信息的答复（《条例》第二十九条第二款第（一）项）")
	CaseJson verifyIdentity(@AuthenticationPrincipal GongkaiUser officer, @PathVariable CaseId id,
			@Valid @RequestBody VerificationJson body) {
		applicantInformation.verify(officer, id, body.method(), body.note(), body.verifiedOn());
		return CaseJson.of(views.detail(officer, id));
	}

	@PostMapping("/cases/{id}/pipl-referral")
	@Operation(summary = "转为个人信息查阅、复制请求（《个人信息保护法》第四十四条、第四十五条；登记员、承办人）：案件终结，告知申请人途径，不计入年度报告")
	CaseJson referToPipl(@AuthenticationPrincipal GongkaiUser officer, @PathVariable CaseId id,
			@Valid @RequestBody ReferralJson body) {
		referrals.refer(officer, id, body.route());
		return CaseJson.of(views.detail(officer, id));
	}

	@PostMapping("/cases/{id}/links")
	@Operation(summary = "关联相似申请（承办人）")
	CaseJson link(@AuthenticationPrincipal GongkaiUser officer, @PathVariable CaseId id,
			@Valid @RequestBody LinkJson body) {
		similar.link(officer, id, new CaseId(body.related()), body.note());
		return CaseJson.of(views.detail(officer, id));
	}

	/** A request made in person or orally, and the answer given on the spot. */
	record OnTheSpotJson(@NotNull(message = "请填写申请内容") OfflineRequest request, Outcome outcome,
			@Size(max = 20_000) String replyText) {
	}

	record SplitJson(@NotNull(message = "请列出拆分后的各项") @Size(min = 2, max = 50) List<String> items) {
	}

	record AssistanceJson(@NotNull(message = "请选择申请人的困难") CaseAssistance.Need need,
			@NotNull(message = "请填写提供的帮助") @Size(max = 1000) String help, LocalDate givenOn) {
	}

	record VerificationJson(@NotNull(message = "请选择核验方式") IdentityCheckMethod method, @Size(max = 500) String note,
			LocalDate verifiedOn) {
	}

	record ReferralJson(@NotNull(message = "请写明个人信息查阅、复制请求的受理途径") @Size(max = 1000) String route) {
	}

	record LinkJson(@NotNull(message = "请选择要关联的申请") UUID related, @Size(max = 500) String note) {
	}

}
