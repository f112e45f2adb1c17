package org.gongkai.disclosure.casework.web;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.casework.AnswerItem;
import org.gongkai.disclosure.casework.DeliveryMethod;
import org.gongkai.disclosure.casework.NotHeldAnswer;
import org.gongkai.disclosure.casework.WithheldPart;
import org.gongkai.disclosure.casework.decision.CaseDecisions;
import org.gongkai.disclosure.casework.decision.CaseDeliveries;
import org.gongkai.disclosure.casework.decision.CaseExtensions;
import org.gongkai.disclosure.casework.decision.CaseWithdrawals;
import org.gongkai.disclosure.casework.views.CaseViews;
import org.gongkai.disclosure.decisions.Outcome;
import org.gongkai.disclosure.shared.Refusal;
import org.gongkai.disclosure.shared.ids.CaseId;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The JSON API from the proposed answer to the reply: the decision, its review and
 * sign-off, extensions, delivery and the applicant's withdrawal.
 */
@RestController
@RequestMapping("/api")
@Tag(name = "requests", description = "政府信息公开申请与办理")
class DecisionApi {

	private final CaseDecisions decisions;

	private final CaseExtensions extensions;

	private final CaseDeliveries deliveries;

	private final CaseWithdrawals withdrawals;

	private final CaseViews views;

	private final ActAnswers answers;

	DecisionApi(CaseDecisions decisions, CaseExtensions extensions, CaseDeliveries deliveries,
			CaseWithdrawals withdrawals, CaseViews views, ActAnswers answers) {
		this.answers = answers;
		this.decisions = decisions;
		this.extensions = extensions;
		this.deliveries = deliveries;
		this.withdrawals = withdrawals;
		this.views = views;
	}

	@PostMapping("/cases/{id}/decision")
	@Operation(summary = "拟定办理结果与答复内容，提交法制审核（承办人）；部分公开的须在 withheld 中列明不予公开的部分、理由类别和具体理由；"
			+ "本机关不掌握相关政府信息的须在 notHeld 中说明是信息不存在（DOES_NOT_EXIST，附检索记录）还是不属于本机关负责公开（NOT_THIS_AGENCY）；"
			+ "申请包含多项内容、各项答复不同的，在 items 中逐项填写（不再填写 outcome），办理结果按 docs/statute.md#mixed-answers 的规则确定")
	CaseJson draft(@AuthenticationPrincipal GongkaiUser officer, @PathVariable CaseId id,
			@Valid @RequestBody DecisionJson decision) {
		if (decision.items() != null && !decision.items().isEmpty()) {
			// answered item by item: the counted outcome follows from the items
			// (docs/statute.md#mixed-answers)
			if (decision.outcome() != null || decision.withheld() != null && !decision.withheld().isEmpty()
					|| decision.notHeld() != null || decision.referredAgency() != null) {
				throw new Refusal("refusal.casework.api.itemsWithOutcome");
			}
			decisions.draft(officer, id, decision.items().stream().map(ItemJson::toItem).toList(),
					decision.replyText());
			return CaseJson.of(views.detail(officer, id));
		}
		List<WithheldPart> withheld = decision.withheld() == null ? List.of()
				: decision.withheld().stream().map(w -> new WithheldPart(w.part(), w.ground(), w.reason())).toList();
		return answers.after(officer, id, () -> {
			if (decision.notHeld() == null) {
				decisions.draft(officer, id, decision.outcome(), decision.replyText(), decision.referredAgency(),
						decision.referredContact(), withheld);
			}
			else {
				NotHeldJson n = decision.notHeld();
				decisions.draft(officer, id, decision.outcome(), decision.replyText(), decision.referredAgency(),
						decision.referredContact(), withheld, n.toAnswer());
			}
		});
	}

	@PostMapping("/cases/{id}/review")
	@Operation(summary = "法制审核：通过或退回（法制审核人员）")
	CaseJson review(@AuthenticationPrincipal GongkaiUser reviewer, @PathVariable CaseId id,
			@Valid @RequestBody ApprovalJson body) {
		return answers.after(reviewer, id, () -> decisions.review(reviewer, id, body.approved(), body.note()));
	}

	@PostMapping("/cases/{id}/sign-off")
	@Operation(summary = "签发或退回（政府信息公开工作机构负责人）；签发之日为办结日期")
	CaseJson signOff(@AuthenticationPrincipal GongkaiUser head, @PathVariable CaseId id,
			@Valid @RequestBody ApprovalJson body) {
		return answers.after(head, id, () -> decisions.signOff(head, id, body.approved(), body.note()));
	}

	@PostMapping("/cases/{id}/extension-request")
	@Operation(summary = "申请延长答复期限（承办人；最长20个工作日，仅一次）")
	CaseJson requestExtension(@AuthenticationPrincipal GongkaiUser officer, @PathVariable CaseId id,
			@Valid @RequestBody ExtensionJson body) {
		extensions.request(officer, id, body.workingDays(), body.reason());
		return CaseJson.of(views.detail(officer, id));
	}

	@PostMapping("/cases/{id}/extension-decision")
	@Operation(summary = "批准或不批准延期（政府信息公开工作机构负责人）")
	CaseJson decideExtension(@AuthenticationPrincipal GongkaiUser head, @PathVariable CaseId id,
			@Valid @RequestBody ApprovalJson body) {
		extensions.decide(head, id, body.approved(), body.note());
		return CaseJson.of(views.detail(head, id));
	}

	@PostMapping("/cases/{id}/delivery")
	@Operation(summary = "登记送达（工作人员）：方式、日期及邮件号等")
	CaseJson deliver(@AuthenticationPrincipal GongkaiUser officer, @PathVariable CaseId id,
			@Valid @RequestBody DeliveryJson body) {
		deliveries.record(officer, id, body.method(), body.deliveredOn(), body.detail());
		return CaseJson.of(views.detail(officer, id));
	}

	@PostMapping("/requests/{id}/withdrawal")
	@Operation(summary = "撤回申请（申请人，作出决定前）")
	CaseJson withdraw(@AuthenticationPrincipal GongkaiUser applicant, @PathVariable CaseId id,
			@Valid @RequestBody(required = false) TextJson body) {
		withdrawals.withdraw(applicant, id, body == null ? null : body.text());
		return CaseJson.of(views.detail(applicant, id));
	}

	/**
	 * The decision: an outcome (with its withheld parts or 本机关不掌握 answer), or — a request
	 * answered item by item — {@code items}, from which the outcome follows.
	 */
	record DecisionJson(Outcome outcome, @NotNull(message = "请填写答复内容") @Size(max = 20_000) String replyText,
			@Size(max = 200) String referredAgency, @Size(max = 200) String referredContact,
			@Size(max = 50) List<@Valid WithheldJson> withheld, @Valid NotHeldJson notHeld,
			@Size(max = AnswerItem.MAX_ITEMS) List<@Valid ItemJson> items) {
	}

	/**
	 * One item of a request answered item by item (docs/statute.md#mixed-answers): what
	 * was asked, its result (an outcome; OTHER_OTHER for 不属于政府信息), what the reply says
	 * for it, and for UNAVAILABLE_NOT_HELD which answer, with the search record for
	 * DOES_NOT_EXIST.
	 */
	record ItemJson(@Size(max = 500) String item, Outcome result, @Size(max = 2000) String explanation,
			@Valid NotHeldJson notHeld) {

		AnswerItem toItem() {
			return new AnswerItem(item, result, explanation, notHeld == null ? null : notHeld.toAnswer());
		}

	}

	/**
	 * Which 本机关不掌握 answer (docs/statute.md#not-held): DOES_NOT_EXIST (art 36(四)) with the
	 * search record — where, how, by whom, when — or NOT_THIS_AGENCY (art 36(五)).
	 */
	record NotHeldJson(NotHeldAnswer.Kind kind, @Size(max = 500) String searchedWhere,
			@Size(max = 500) String searchedHow, @Size(max = 200) String searchedBy, LocalDate searchedOn) {

		NotHeldAnswer toAnswer() {
			return new NotHeldAnswer(kind, searchedWhere, searchedHow, searchedBy, searchedOn);
		}

	}

	/**
	 * A part withheld from a 部分公开 reply: what, on which 不予公开 ground (e.g.
	 * WITHHELD_THIRD_PARTY_RIGHTS), why.
	 */
	record WithheldJson(@Size(max = 500) String part, Outcome ground, @Size(max = 2000) String reason) {
	}

	record ExtensionJson(@NotNull(message = "请填写延长的工作日数") Integer workingDays,
			@NotNull(message = "请填写延期理由") @Size(max = 2000) String reason) {
	}

	record DeliveryJson(@NotNull(message = "请选择送达方式") DeliveryMethod method,
			@NotNull(message = "请填写送达日期") LocalDate deliveredOn, @Size(max = 300) String detail) {
	}

}
