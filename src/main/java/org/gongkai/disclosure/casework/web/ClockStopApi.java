package org.gongkai.disclosure.casework.web;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.casework.process.DisclosureRequestProcess.LapseDecision;
import org.gongkai.disclosure.casework.stops.CaseConsultations;
import org.gongkai.disclosure.casework.stops.CaseCorrections;
import org.gongkai.disclosure.casework.stops.CaseExplanations;
import org.gongkai.disclosure.casework.stops.CaseFees;
import org.gongkai.disclosure.casework.views.CaseViews;
import org.gongkai.disclosure.fees.FeeMode;
import org.gongkai.disclosure.shared.ids.CaseId;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The JSON API for the clock stops: screening and 补正, the 信息处理费, consultations and 说明理由.
 */
@RestController
@RequestMapping("/api")
@Tag(name = "requests", description = "政府信息公开申请与办理")
class ClockStopApi {

	private final CaseCorrections corrections;

	private final CaseFees fees;

	private final CaseConsultations consultations;

	private final CaseExplanations explanations;

	private final CaseViews views;

	private final ActAnswers answers;

	ClockStopApi(CaseCorrections corrections, CaseFees fees, CaseConsultations consultations,
			CaseExplanations explanations, CaseViews views, ActAnswers answers) {
		this.answers = answers;
		this.corrections = corrections;
		this.fees = fees;
		this.consultations = consultations;
		this.explanations = explanations;
		this.views = views;
	}

	@PostMapping("/cases/{id}/acceptance")
	@Operation(summary = "审查后受理，进入答复办理（承办人）")
	CaseJson accept(@AuthenticationPrincipal GongkaiUser officer, @PathVariable CaseId id) {
		return answers.after(officer, id, () -> corrections.accept(officer, id));
	}

	@PostMapping("/cases/{id}/correction-request")
	@Operation(summary = "一次性告知补正：逐项列明补正事项及补正期限（承办人，收到申请之日起7个工作日内）")
	CaseJson requestCorrection(@AuthenticationPrincipal GongkaiUser officer, @PathVariable CaseId id,
			@Valid @RequestBody CorrectionRequestJson body) {
		corrections.request(officer, id, body.items(), body.periodDays());
		return CaseJson.of(views.detail(officer, id));
	}

	@PostMapping("/requests/{id}/correction")
	@Operation(summary = "提交补正（申请人，以提交之日为收到之日；工作人员代为登记时可填写实际收到日期 receivedOn）；答复期限自收到补正之日重新起算")
	CaseJson correct(@AuthenticationPrincipal GongkaiUser user, @PathVariable CaseId id,
			@Valid @RequestBody ArrivalJson body) {
		corrections.answer(user, id, body.text(), body.receivedOn());
		return CaseJson.of(views.detail(user, id));
	}

	@PostMapping("/cases/{id}/fee-notice")
	@Operation(summary = "发出信息处理费收费通知（承办人）：按件或按量，金额按国办函〔2020〕109号超额累进计算，答复期限中止")
	CaseJson notifyFee(@AuthenticationPrincipal GongkaiUser officer, @PathVariable CaseId id,
			@Valid @RequestBody FeeJson body) {
		fees.notify(officer, id, body.mode(), body.quantity());
		return CaseJson.of(views.detail(officer, id));
	}

	@PostMapping("/cases/{id}/fee-payment")
	@Operation(summary = "登记已缴费（工作人员）：paidOn 为银行转账、邮汇的实际到账日期（默认今天，不得早于收费通知、不得晚于今天），自该日恢复计时")
	CaseJson feePaid(@AuthenticationPrincipal GongkaiUser officer, @PathVariable CaseId id,
			@RequestBody(required = false) PaymentJson body) {
		fees.paid(officer, id, body == null ? null : body.paidOn());
		return CaseJson.of(views.detail(officer, id));
	}

	@PostMapping("/cases/{id}/correction-lapse")
	@Operation(
			summary = "补正期限届满后由承办人处理（不会自动结案）：CONFIRMED 确认逾期且无正当理由（视为放弃申请，（六）1）；ARRIVED 登记已收到的补正及实际收到日期 receivedOn（晚于期限的须说明正当理由 reason）；NEW_DATE 有正当理由，另定期限 newDueOn")
	CaseJson correctionLapse(@AuthenticationPrincipal GongkaiUser officer, @PathVariable CaseId id,
			@Valid @RequestBody LapseJson body) {
		switch (body.decision()) {
			case CONFIRMED -> corrections.confirmLapse(officer, id);
			case ARRIVED -> corrections.arrivedAfterLapse(officer, id, body.text(), body.receivedOn(), body.reason());
			case NEW_DATE -> corrections.excuseLapse(officer, id, body.reason(), body.newDueOn());
		}
		return CaseJson.of(views.detail(officer, id));
	}

	@PostMapping("/cases/{id}/fee-lapse")
	@Operation(
			summary = "缴费期限届满后由承办人处理（不会自动结案）：CONFIRMED 确认逾期未缴费（视为放弃申请，（六）2）；ARRIVED 登记实际到账日期 receivedOn（晚于期限的须说明正当理由 reason）；NEW_DATE 有正当理由，另定期限 newDueOn")
	CaseJson feeLapse(@AuthenticationPrincipal GongkaiUser officer, @PathVariable CaseId id,
			@Valid @RequestBody LapseJson body) {
		switch (body.decision()) {
			case CONFIRMED -> fees.confirmLapse(officer, id);
			case ARRIVED -> fees.paidAfterLapse(officer, id, body.receivedOn(), body.reason());
			case NEW_DATE -> fees.excuseLapse(officer, id, body.reason(), body.newDueOn());
		}
		return CaseJson.of(views.detail(officer, id));
	}

	@PostMapping("/cases/{id}/consultation")
	@Operation(summary = "书面征求第三方（第三十二条）或其他机关（第三十四条）意见（承办人）：15个工作日，答复期限中止")
	CaseJson consult(@AuthenticationPrincipal GongkaiUser officer, @PathVariable CaseId id,
			@Valid @RequestBody ConsultationJson body) {
		consultations.send(officer, id, body.party(), body.partyName(), body.matter());
		return CaseJson.of(views.detail(officer, id));
	}

	@PostMapping("/cases/{id}/consultation-answer")
	@Operation(summary = "登记被征求意见方的意见（承办人）：同意或不同意及理由，receivedOn 为实际收到日期（默认今天），自该日恢复计时")
	CaseJson consultationAnswered(@AuthenticationPrincipal GongkaiUser officer, @PathVariable CaseId id,
			@Valid @RequestBody ConsultationAnswerJson body) {
		consultations.answered(officer, id, body.approved(), body.note(), body.receivedOn());
		return CaseJson.of(views.detail(officer, id));
	}

	@PostMapping("/cases/{id}/public-interest")
	@Operation(summary = "第三方不同意公开时，基于公共利益决定公开（承办人，《条例》第三十二条）：记录理由，签发后出具致第三方的告知书")
	CaseJson publicInterest(@AuthenticationPrincipal GongkaiUser officer, @PathVariable CaseId id,
			@Valid @RequestBody TextJson body) {
		consultations.overrideForPublicInterest(officer, id, body.text());
		return CaseJson.of(views.detail(officer, id));
	}

	@PostMapping("/cases/{id}/explanation-request")
	@Operation(summary = "要求申请人说明理由（承办人，《条例》第三十五条）：答复期限中止")
	CaseJson requestExplanation(@AuthenticationPrincipal GongkaiUser officer, @PathVariable CaseId id,
			@Valid @RequestBody ExplanationRequestJson body) {
		explanations.request(officer, id, body.question(), body.periodDays());
		return CaseJson.of(views.detail(officer, id));
	}

	@PostMapping("/requests/{id}/explanation")
	@Operation(summary = "提交说明理由（申请人；工作人员代为登记时可填写实际收到日期 receivedOn）：自收到之日恢复计时")
	CaseJson explain(@AuthenticationPrincipal GongkaiUser user, @PathVariable CaseId id,
			@Valid @RequestBody ArrivalJson body) {
		explanations.answer(user, id, body.text(), body.receivedOn());
		return CaseJson.of(views.detail(user, id));
	}

	record CorrectionRequestJson(@NotNull(message = "请列明补正事项") @Size(min = 1, max = 30) List<String> items,
			Integer periodDays) {
	}

	record FeeJson(@NotNull(message = "请选择按件或按量计收") FeeMode mode, Integer quantity) {
	}

	record ConsultationJson(@NotNull(message = "请选择征求意见对象类型") CaseConsultations.Party party,
			@NotNull(message = "请填写征求意见对象") @Size(max = 200) String partyName,
			@NotNull(message = "请填写征求意见的内容") @Size(max = 4000) String matter) {
	}

	/**
	 * A correction or an explanation, with the day it arrived (officers only; null:
	 * today).
	 */
	record ArrivalJson(@Size(max = 4000) String text, LocalDate receivedOn) {
	}

	record PaymentJson(LocalDate paidOn) {
	}

	/**
	 * The case officer's decision on a lapsed 补正 or fee window: the correction's text and
	 * the day it (or the payment) arrived, the reason, or the new last day, as the
	 * decision needs.
	 */
	record LapseJson(@NotNull(message = "请选择处理方式") LapseDecision decision, @Size(max = 4000) String text,
			LocalDate receivedOn, @Size(max = 1000) String reason, LocalDate newDueOn) {
	}

	record ConsultationAnswerJson(@NotNull(message = "请选择是否同意") Boolean approved, @Size(max = 2000) String note,
			LocalDate receivedOn) {
	}

	record ExplanationRequestJson(@NotNull(message = "请填写需要说明的事项") @Size(max = 2000) String question,
			Integer periodDays) {
	}

}
