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
import org.gongkai.disclosure.casework.CaseConsultations;
import org.gongkai.disclosure.casework.CaseCorrections;
import org.gongkai.disclosure.casework.CaseDecisions;
import org.gongkai.disclosure.casework.CaseDeliveries;
import org.gongkai.disclosure.casework.CaseExplanations;
import org.gongkai.disclosure.casework.CaseExtensions;
import org.gongkai.disclosure.casework.CaseFees;
import org.gongkai.disclosure.casework.CaseId;
import org.gongkai.disclosure.casework.CaseRoutings;
import org.gongkai.disclosure.casework.CaseSplitting;
import org.gongkai.disclosure.casework.CaseViews;
import org.gongkai.disclosure.casework.CaseWithdrawals;
import org.gongkai.disclosure.casework.DeliveryMethod;
import org.gongkai.disclosure.casework.DisclosureCase;
import org.gongkai.disclosure.casework.NewRequest;
import org.gongkai.disclosure.casework.OfflineRequest;
import org.gongkai.disclosure.casework.RequestIntake;
import org.gongkai.disclosure.casework.SimilarRequests;
import org.gongkai.disclosure.casework.WithheldPart;
import org.gongkai.disclosure.decisions.Outcome;
import org.gongkai.disclosure.fees.FeeMode;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The JSON API for requests and cases; the same services and the same access rules as the
 * pages.
 */
@RestController
@RequestMapping("/api")
@Tag(name = "requests", description = "政府信息公开申请与办理")
class RequestApi {

	private final RequestIntake intake;

	private final CaseViews views;

	private final CaseDecisions decisions;

	private final CaseCorrections corrections;

	private final CaseExtensions extensions;

	private final CaseWithdrawals withdrawals;

	private final CaseFees fees;

	private final CaseConsultations consultations;

	private final SimilarRequests similar;

	private final CaseDeliveries deliveries;

	private final CaseExplanations explanations;

	private final CaseSplitting splitting;

	private final CaseRoutings routings;

	RequestApi(RequestIntake intake, CaseViews views, CaseDecisions decisions, CaseCorrections corrections,
			CaseExtensions extensions, CaseWithdrawals withdrawals, CaseFees fees, CaseConsultations consultations,
			SimilarRequests similar, CaseDeliveries deliveries, CaseExplanations explanations, CaseSplitting splitting,
			CaseRoutings routings) {
		this.routings = routings;
		this.intake = intake;
		this.views = views;
		this.decisions = decisions;
		this.corrections = corrections;
		this.extensions = extensions;
		this.withdrawals = withdrawals;
		this.fees = fees;
		this.consultations = consultations;
		this.similar = similar;
		this.deliveries = deliveries;
		this.explanations = explanations;
		this.splitting = splitting;
	}

	@PostMapping("/requests")
	@Operation(summary = "在线提交申请（申请人）；提交即确认收到。带 Idempotency-Key 时，以同一键重试返回同一案件（200），不会重复立案")
	ResponseEntity<CaseJson> submit(@AuthenticationPrincipal GongkaiUser user,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
			@Valid @RequestBody NewRequest request) {
		RequestIntake.Filing filing = intake.submitOnline(user, request, idempotencyKey);
		DisclosureCase filed = filing.theCase();
		return ResponseEntity.status(filing.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
			.location(URI.create("/api/requests/" + filed.id()))
			.body(CaseJson.of(views.detail(user, filed.id())));
	}

	@PostMapping("/cases")
	@Operation(summary = "登记线下申请（登记员、承办人）：当面、邮寄、平常信函、传真、电子邮件、口头；收到申请之日按《条例》第三十一条确定")
	ResponseEntity<CaseJson> register(@AuthenticationPrincipal GongkaiUser officer,
			@RequestBody OfflineRequest request) {
		DisclosureCase filed = intake.register(officer, request);
		return ResponseEntity.created(URI.create("/api/requests/" + filed.id()))
			.body(CaseJson.of(views.detail(officer, filed.id())));
	}

	@GetMapping("/requests")
	@Operation(summary = "我的申请（申请人）")
	List<CaseJson> mine(@AuthenticationPrincipal GongkaiUser user) {
		return views.mine(user).stream().map(s -> views.detail(user, s.theCase().id())).map(CaseJson::of).toList();
	}

	@GetMapping("/requests/{id}")
	@Operation(summary = "一件申请：状态、答复期限及其计算过程、办理结果与答复")
	CaseJson one(@AuthenticationPrincipal GongkaiUser user, @PathVariable UUID id) {
		return CaseJson.of(views.detail(user, new CaseId(id)));
	}

	@GetMapping("/tasks")
	@Operation(summary = "待办任务（工作人员），按答复期限排序，每页50条，page 从0起")
	List<TaskJson> tasks(@AuthenticationPrincipal GongkaiUser officer, @RequestParam(defaultValue = "0") int page) {
		return views.taskList(officer, page).stream().map(TaskJson::of).toList();
	}

	@PostMapping("/cases/{id}/acceptance")
	@Operation(summary = "审查后受理，进入答复办理（承办人）")
	CaseJson accept(@AuthenticationPrincipal GongkaiUser officer, @PathVariable UUID id) {
		corrections.accept(officer, new CaseId(id));
		return CaseJson.of(views.detail(officer, new CaseId(id)));
	}

	@PostMapping("/cases/{id}/correction-request")
	@Operation(summary = "一次性告知补正：逐项列明补正事项及补正期限（承办人，收到申请之日起7个工作日内）")
	CaseJson requestCorrection(@AuthenticationPrincipal GongkaiUser officer, @PathVariable UUID id,
			@Valid @RequestBody CorrectionRequestJson body) {
		corrections.request(officer, new CaseId(id), body.items(), body.periodDays());
		return CaseJson.of(views.detail(officer, new CaseId(id)));
	}

	@PostMapping("/requests/{id}/correction")
	@Operation(summary = "提交补正（申请人；工作人员代为登记时同样适用）；答复期限自收到补正之日重新起算")
	CaseJson correct(@AuthenticationPrincipal GongkaiUser user, @PathVariable UUID id,
			@Valid @RequestBody TextJson body) {
		corrections.answer(user, new CaseId(id), body.text());
		return CaseJson.of(views.detail(user, new CaseId(id)));
	}

	@PostMapping("/cases/{id}/decision")
	@Operation(summary = "拟定办理结果与答复内容，提交法制审核（承办人）；部分公开的须在 withheld 中列明不予公开的部分、理由类别和具体理由")
	CaseJson draft(@AuthenticationPrincipal GongkaiUser officer, @PathVariable UUID id,
			@Valid @RequestBody DecisionJson decision) {
		decisions.draft(officer, new CaseId(id), decision.outcome(), decision.replyText(), decision.referredAgency(),
				decision.referredContact(),
				decision.withheld() == null ? List.of()
						: decision.withheld()
							.stream()
							.map(w -> new WithheldPart(w.part(), w.ground(), w.reason()))
							.toList());
		return CaseJson.of(views.detail(officer, new CaseId(id)));
	}

	@PostMapping("/cases/{id}/review")
	@Operation(summary = "法制审核：通过或退回（法制审核人员）")
	CaseJson review(@AuthenticationPrincipal GongkaiUser reviewer, @PathVariable UUID id,
			@Valid @RequestBody ApprovalJson body) {
		decisions.review(reviewer, new CaseId(id), body.approved(), body.note());
		return CaseJson.of(views.detail(reviewer, new CaseId(id)));
	}

	@PostMapping("/cases/{id}/sign-off")
	@Operation(summary = "签发或退回（政府信息公开工作机构负责人）；签发之日为办结日期")
	CaseJson signOff(@AuthenticationPrincipal GongkaiUser head, @PathVariable UUID id,
			@Valid @RequestBody ApprovalJson body) {
		decisions.signOff(head, new CaseId(id), body.approved(), body.note());
		return CaseJson.of(views.detail(head, new CaseId(id)));
	}

	@PostMapping("/cases/{id}/extension-request")
	@Operation(summary = "申请延长答复期限（承办人；最长20个工作日，仅一次）")
	CaseJson requestExtension(@AuthenticationPrincipal GongkaiUser officer, @PathVariable UUID id,
			@Valid @RequestBody ExtensionJson body) {
		extensions.request(officer, new CaseId(id), body.workingDays(), body.reason());
		return CaseJson.of(views.detail(officer, new CaseId(id)));
	}

	@PostMapping("/cases/{id}/extension-decision")
	@Operation(summary = "批准或不批准延期（政府信息公开工作机构负责人）")
	CaseJson decideExtension(@AuthenticationPrincipal GongkaiUser head, @PathVariable UUID id,
			@Valid @RequestBody ApprovalJson body) {
		extensions.decide(head, new CaseId(id), body.approved(), body.note());
		return CaseJson.of(views.detail(head, new CaseId(id)));
	}

	@PostMapping("/cases/{id}/fee-notice")
	@Operation(summary = "发出信息处理费收费通知（承办人）：按件或按量，金额按国办函〔2020〕109号超额累进计算，答复期限中止")
	CaseJson notifyFee(@AuthenticationPrincipal GongkaiUser officer, @PathVariable UUID id,
			@Valid @RequestBody FeeJson body) {
		fees.notify(officer, new CaseId(id), body.mode(), body.quantity());
		return CaseJson.of(views.detail(officer, new CaseId(id)));
	}

	@PostMapping("/cases/{id}/fee-payment")
	@Operation(summary = "登记已缴费（工作人员）：恢复计时")
	CaseJson feePaid(@AuthenticationPrincipal GongkaiUser officer, @PathVariable UUID id) {
		fees.paid(officer, new CaseId(id));
		return CaseJson.of(views.detail(officer, new CaseId(id)));
	}

	@PostMapping("/cases/{id}/consultation")
	@Operation(summary = "书面征求第三方（第三十二条）或其他机关（第三十四条）意见（承办人）：15个工作日，答复期限中止")
	CaseJson consult(@AuthenticationPrincipal GongkaiUser officer, @PathVariable UUID id,
			@Valid @RequestBody ConsultationJson body) {
		consultations.send(officer, new CaseId(id), body.party(), body.partyName(), body.matter());
		return CaseJson.of(views.detail(officer, new CaseId(id)));
	}

	@PostMapping("/cases/{id}/consultation-answer")
	@Operation(summary = "登记被征求意见方的意见（承办人）：同意或不同意及理由，恢复计时")
	CaseJson consultationAnswered(@AuthenticationPrincipal GongkaiUser officer, @PathVariable UUID id,
			@Valid @RequestBody ApprovalJson body) {
		consultations.answered(officer, new CaseId(id), body.approved(), body.note());
		return CaseJson.of(views.detail(officer, new CaseId(id)));
	}

	@PostMapping("/cases/{id}/public-interest")
	@Operation(summary = "第三方不同意公开时，基于公共利益决定公开（承办人，《条例》第三十二条）：记录理由，签发后出具致第三方的告知书")
	CaseJson publicInterest(@AuthenticationPrincipal GongkaiUser officer, @PathVariable UUID id,
			@Valid @RequestBody TextJson body) {
		consultations.overrideForPublicInterest(officer, new CaseId(id), body.text());
		return CaseJson.of(views.detail(officer, new CaseId(id)));
	}

	@PostMapping("/cases/{id}/routing")
	@Operation(summary = "交办部门（承办人，拟定答复环节）：一个承办部门、若干协办部门（本机关的下属机关代码）及部门办理期限；" + "部门办理计入答复期限，全部部门反馈后回到承办人")
	List<CaseRoutings.Routing> route(@AuthenticationPrincipal GongkaiUser officer, @PathVariable UUID id,
			@Valid @RequestBody RoutingJson body) {
		return routings.route(officer, new CaseId(id), body.lead(), body.assist(), body.dueOn(), body.instructions());
	}

	@GetMapping("/cases/{id}/routing")
	@Operation(summary = "本轮部门办理情况（本机关工作人员及被交办部门；不含申请人身份信息）")
	CaseRoutings.RoutedCase routing(@AuthenticationPrincipal GongkaiUser officer, @PathVariable UUID id) {
		return routings.routedView(officer, new CaseId(id));
	}

	@PostMapping("/cases/{id}/routing/answer")
	@Operation(summary = "被交办部门反馈办理意见（该部门的承办人或负责人）")
	CaseRoutings.RoutedCase departmentAnswer(@AuthenticationPrincipal GongkaiUser officer, @PathVariable UUID id,
			@Valid @RequestBody TextJson body) {
		routings.contribute(officer, new CaseId(id), body.text());
		return routings.routedView(officer, new CaseId(id));
	}

	@GetMapping("/departments/routed")
	@Operation(summary = "交办本部门、尚待反馈的申请，按部门办理期限排序")
	List<CaseRoutings.RoutedCase> routedToMe(@AuthenticationPrincipal GongkaiUser officer) {
		return routings.openFor(officer);
	}

	@PostMapping("/cases/{id}/explanation-request")
	@Operation(summary = "要求申请人说明理由（承办人，《条例》第三十五条）：答复期限中止")
	CaseJson requestExplanation(@AuthenticationPrincipal GongkaiUser officer, @PathVariable UUID id,
			@Valid @RequestBody ExplanationRequestJson body) {
		explanations.request(officer, new CaseId(id), body.question(), body.periodDays());
		return CaseJson.of(views.detail(officer, new CaseId(id)));
	}

	@PostMapping("/requests/{id}/explanation")
	@Operation(summary = "提交说明理由（申请人；工作人员代为登记亦可）：恢复计时")
	CaseJson explain(@AuthenticationPrincipal GongkaiUser user, @PathVariable UUID id,
			@Valid @RequestBody TextJson body) {
		explanations.answer(user, new CaseId(id), body.text());
		return CaseJson.of(views.detail(user, new CaseId(id)));
	}

	@PostMapping("/cases/{id}/split")
	@Operation(summary = "按一事一申请拆分（承办人，审查环节）：原案保留第一项，其余各项各成一案，收到日期与计时相同")
	List<CaseJson> split(@AuthenticationPrincipal GongkaiUser officer, @PathVariable UUID id,
			@Valid @RequestBody SplitJson body) {
		return splitting.split(officer, new CaseId(id), body.items())
			.stream()
			.map(c -> CaseJson.of(views.detail(officer, c.id())))
			.toList();
	}

	@GetMapping("/cases/{id}/similar")
	@Operation(summary = "相似的在先申请（pg_trgm 相似度，仅供承办人参考，不自动作出重复申请决定）")
	List<SimilarRequests.Similar> similarRequests(@AuthenticationPrincipal GongkaiUser officer, @PathVariable UUID id) {
		return similar.similarTo(officer, new CaseId(id));
	}

	@PostMapping("/cases/{id}/links")
	@Operation(summary = "关联相似申请（承办人）")
	CaseJson link(@AuthenticationPrincipal GongkaiUser officer, @PathVariable UUID id,
			@Valid @RequestBody LinkJson body) {
		similar.link(officer, new CaseId(id), new CaseId(body.related()), body.note());
		return CaseJson.of(views.detail(officer, new CaseId(id)));
	}

	@PostMapping("/cases/{id}/delivery")
	@Operation(summary = "登记送达（工作人员）：方式、日期及邮件号等")
	CaseJson deliver(@AuthenticationPrincipal GongkaiUser officer, @PathVariable UUID id,
			@Valid @RequestBody DeliveryJson body) {
		deliveries.record(officer, new CaseId(id), body.method(), body.deliveredOn(), body.detail());
		return CaseJson.of(views.detail(officer, new CaseId(id)));
	}

	@PostMapping("/requests/{id}/withdrawal")
	@Operation(summary = "撤回申请（申请人，作出决定前）")
	CaseJson withdraw(@AuthenticationPrincipal GongkaiUser applicant, @PathVariable UUID id,
			@Valid @RequestBody(required = false) TextJson body) {
		withdrawals.withdraw(applicant, new CaseId(id), body == null ? null : body.text());
		return CaseJson.of(views.detail(applicant, new CaseId(id)));
	}

	record DecisionJson(@NotNull(message = "请选择办理结果") Outcome outcome,
			@NotNull(message = "请填写答复内容") @Size(max = 20_000) String replyText, @Size(max = 200) String referredAgency,
			@Size(max = 200) String referredContact, @Size(max = 50) List<@Valid WithheldJson> withheld) {
	}

	/**
	 * A part withheld from a 部分公开 reply: what, on which 不予公开 ground (e.g.
	 * WITHHELD_THIRD_PARTY_RIGHTS), why.
	 */
	record WithheldJson(@Size(max = 500) String part, Outcome ground, @Size(max = 2000) String reason) {
	}

	record ExplanationRequestJson(@NotNull(message = "请填写需要说明的事项") @Size(max = 2000) String question,
			Integer periodDays) {
	}

	record SplitJson(@NotNull(message = "请列出拆分后的各项") @Size(min = 2, max = 50) List<String> items) {
	}

	record LinkJson(@NotNull(message = "请选择要关联的申请") UUID related, @Size(max = 500) String note) {
	}

	record DeliveryJson(@NotNull(message = "请选择送达方式") DeliveryMethod method,
			@NotNull(message = "请填写送达日期") LocalDate deliveredOn, @Size(max = 300) String detail) {
	}

	record CorrectionRequestJson(@NotNull(message = "请列明补正事项") @Size(min = 1, max = 30) List<String> items,
			Integer periodDays) {
	}

	record RoutingJson(@NotNull(message = "请选择承办部门") @Size(max = 32) String lead,
			@Size(max = 10, message = "一次最多交办10个部门") List<String> assist,
			@NotNull(message = "请填写部门办理期限") LocalDate dueOn,
			@NotNull(message = "请填写交办事项") @Size(max = 2000) String instructions) {
	}

	record TextJson(@Size(max = 4000) String text) {
	}

	record ApprovalJson(@NotNull(message = "请选择是否同意") Boolean approved, @Size(max = 2000) String note) {
	}

	record FeeJson(@NotNull(message = "请选择按件或按量计收") FeeMode mode, Integer quantity) {
	}

	record ConsultationJson(@NotNull(message = "请选择征求意见对象类型") CaseConsultations.Party party,
			@NotNull(message = "请填写征求意见对象") @Size(max = 200) String partyName,
			@NotNull(message = "请填写征求意见的内容") @Size(max = 4000) String matter) {
	}

	record ExtensionJson(@NotNull(message = "请填写延长的工作日数") Integer workingDays,
			@NotNull(message = "请填写延期理由") @Size(max = 2000) String reason) {
	}

}
