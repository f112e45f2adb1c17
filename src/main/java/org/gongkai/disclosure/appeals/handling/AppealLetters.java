package org.gongkai.disclosure.appeals.handling;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.appeals.Appeal;
import org.gongkai.disclosure.appeals.AppealAccess;
import org.gongkai.disclosure.appeals.AppealKind;
import org.gongkai.disclosure.audit.AuditAction;
import org.gongkai.disclosure.audit.AuditResult;
import org.gongkai.disclosure.audit.AuditTrail;
import org.gongkai.disclosure.casework.DisclosureCase;
import org.gongkai.disclosure.casework.history.LedgerAction;
import org.gongkai.disclosure.casework.history.LedgerEntry;
import org.gongkai.disclosure.casework.views.CaseViews;
import org.gongkai.disclosure.deadlines.ReplyDeadlines;
import org.gongkai.disclosure.documents.Letter;
import org.gongkai.disclosure.documents.LetterKind;
import org.gongkai.disclosure.documents.LetterRenderer;
import org.gongkai.disclosure.documents.RenderedLetter;
import org.gongkai.disclosure.shared.ids.CaseId;

import org.springframework.stereotype.Service;

/**
 * The office's documents in an appeal, as .docx and PDF through the shared
 * {@link LetterRenderer}: the written answer (行政复议答复书 to the 复议机关, or 行政诉讼答辩状 to the
 * court), filled with the request, the answer given and its legal basis, for the officer
 * to complete in Word; and the 举证材料清单, one line per piece of evidence taken from the
 * request's ledger (receipt, notices, decision, delivery …). Only the officers handling
 * the original organ's cases may produce them.
 */
@Service
public class AppealLetters {

	private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

	private final AppealAccess access;

	private final CaseViews views;

	private final LetterRenderer renderer;

	private final AuditTrail audit;

	private final Clock clock;

	AppealLetters(AppealAccess access, CaseViews views, LetterRenderer renderer, AuditTrail audit, Clock clock) {
		this.access = access;
		this.views = views;
		this.renderer = renderer;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Which documents an appeal has: its answer (by kind) and the evidence list; none for
	 * a ledger appeal.
	 */
	public static List<LetterKind> kindsFor(Appeal appeal) {
		if (appeal.fromLedger()) {
			return List.of();
		}
		return List.of(appeal.kind() == AppealKind.REVIEW ? LetterKind.APPEAL_ANSWER : LetterKind.LITIGATION_DEFENCE,
				LetterKind.EVIDENCE_LIST);
	}

	public RenderedLetter render(GongkaiUser officer, UUID id, LetterKind kind, String format) {
		Appeal appeal = access.handledBy(officer, id);
		if (!kindsFor(appeal).contains(kind)) {
			throw new IllegalArgumentException("该案件没有这种文书");
		}
		Letter letter = letter(officer, appeal, kind);
		RenderedLetter rendered = renderer.render(letter, format);
		audit.recordAlone(AuditAction.APPEAL_DOCUMENT, "appeal", id, AuditResult.SUCCESS,
				appeal.reference() + " " + kind.title());
		return rendered;
	}

	Letter letter(GongkaiUser officer, Appeal appeal, LetterKind kind) {
		CaseViews.CaseDetail detail = views.detail(officer, new CaseId(appeal.caseId()));
		DisclosureCase c = detail.theCase();
		LocalDate today = ReplyDeadlines.today(clock);
		String agency = detail.agency().name();
		String number = agency + "应诉〔" + appeal.filedOn().getYear() + "〕" + appeal.reference() + "号";
		String applicant = detail.applicant().name();
		String request = "%s于%s向本机关提出政府信息公开申请（申请编号%s），申请获取“%s”".formatted(applicant,
				c.receivedOn().format(CHINESE_DATE), c.reference(), c.informationSought());
		if (kind == LetterKind.EVIDENCE_LIST) {
			List<String> items = new ArrayList<>();
			items
				.add("%s（%s）%s。以下材料证明本机关办理该申请的事实和程序：".formatted(appeal.kindLabel(), appeal.reference(), appeal.body()));
			int n = 1;
			items.add(n++ + ". 政府信息公开申请，证明" + request + "。");
			for (LedgerEntry e : detail.ledger()) {
				items.add(n++ + ". " + e.occurredAtBeijing().toLocalDate().format(CHINESE_DATE) + " "
						+ e.action().label() + (e.legalBasis() == null ? "" : "（" + e.legalBasis() + "）") + "的记录及相关文书"
						+ searchRecord(e) + "。");
			}
			items.add(n + ". 作出行政行为所依据的规范性文件：《中华人民共和国政府信息公开条例》。");
			return new Letter(kind, agency, number, appeal.body(), c.reference(), today, items, null, null);
		}
		List<String> body = new ArrayList<>();
		String party = appeal.kind() == AppealKind.REVIEW ? "申请人" : "原告";
		body.add("%s%s不服本机关对其政府信息公开申请的处理，于%s%s。本机关于%s收到%s副本，现依法%s如下：".formatted(party, applicant,
				appeal.filedOn().format(CHINESE_DATE), appeal.kind() == AppealKind.REVIEW ? "向你机关申请行政复议" : "向你院提起行政诉讼",
				appeal.copyReceivedOn().format(CHINESE_DATE), appeal.kind() == AppealKind.REVIEW ? "行政复议申请书" : "起诉状",
				appeal.kind() == AppealKind.REVIEW ? "提出书面答复" : "提出答辩"));
		body.add("一、" + request + "。");
		if (c.outcome() != null && c.decidedOn() != null) {
			body.add("二、本机关于%s作出答复：%s（%s）。%s".formatted(c.decidedOn().format(CHINESE_DATE), c.outcome().plainLabel(),
					c.outcome().legalBasis(), c.replyText() == null ? "" : c.replyText()));
		}
		else {
			body.add("二、该申请正在办理中，答复期限至"
					+ (detail.due().date() == null ? "（计时中止）" : detail.due().date().format(CHINESE_DATE)) + "。");
		}
		body.add("三、本机关办理该申请的程序见所附举证材料清单。");
		body.add(appeal.kind() == AppealKind.REVIEW ? "综上，本机关作出的答复认定事实清楚，证据确凿，适用依据正确，程序合法，内容适当，请予维持。"
				: "综上，被告作出的答复认定事实清楚，证据确凿，适用法律、法规正确，符合法定程序，请求依法驳回原告的诉讼请求。");
		return new Letter(kind, agency, number, appeal.body(), c.reference(), today, body,
				appeal.kind() == AppealKind.REVIEW
						? AppealDeadlines.basis(appeal.kind(), appeal.procedure()).replace("：", "（") + "）"
						: "《中华人民共和国行政诉讼法》第六十七条",
				null);
	}

	/**
	 * The search behind an answer that the information does not exist (《条例》第三十六条第（四）项),
	 * as the evidence list states it: where, how, by whom, when
	 * (docs/statute.md#not-held).
	 */
	private static String searchRecord(LedgerEntry e) {
		if (e.action() != LedgerAction.SEARCH_RECORDED) {
			return "";
		}
		Map<String, String> d = e.detail();
		return "，证明" + d.get("searchedOn") + "由" + d.get("searchedBy") + "检索了" + d.get("searchedWhere") + "（检索方式："
				+ d.get("searchedHow") + "），没有所申请公开的信息";
	}

}
