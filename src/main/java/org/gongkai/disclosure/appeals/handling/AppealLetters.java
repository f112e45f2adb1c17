package org.gongkai.disclosure.appeals.handling;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.appeals.Appeal;
import org.gongkai.disclosure.appeals.AppealAccess;
import org.gongkai.disclosure.appeals.AppealKind;
import org.gongkai.disclosure.audit.AuditAction;
import org.gongkai.disclosure.audit.AuditResult;
import org.gongkai.disclosure.audit.AuditTrail;
import org.gongkai.disclosure.casework.Cases;
import org.gongkai.disclosure.casework.DisclosureCase;
import org.gongkai.disclosure.casework.views.CaseViews;
import org.gongkai.disclosure.deadlines.ReplyDeadlines;
import org.gongkai.disclosure.decisions.Outcome;
import org.gongkai.disclosure.documents.Letter;
import org.gongkai.disclosure.documents.LetterKind;
import org.gongkai.disclosure.documents.LetterRenderer;
import org.gongkai.disclosure.documents.LetterWording;
import org.gongkai.disclosure.documents.RenderedLetter;
import org.gongkai.disclosure.shared.Refusal;
import org.gongkai.disclosure.shared.ids.AppealId;

import org.springframework.stereotype.Service;

/**
 * The office's documents in an appeal, as .docx and PDF through the shared
 * {@link LetterRenderer}: the written answer (行政复议答复书 to the 复议机关, or 行政诉讼答辩状 to the
 * court), filled with the request, the answer given and its legal basis, for the officer
 * to complete in Word; and the 举证材料清单, one line per piece of evidence taken from the
 * request's ledger (receipt, notices, decision, delivery …). The wording is in
 * {@code documents/wording/} ({@link LetterWording}). Only the officers handling the
 * original organ's cases may produce them.
 */
@Service
public class AppealLetters {

	private final AppealAccess access;

	private final CaseViews views;

	private final LetterRenderer renderer;

	private final LetterWording wording;

	private final Cases cases;

	private final AuditTrail audit;

	private final Clock clock;

	AppealLetters(AppealAccess access, CaseViews views, LetterRenderer renderer, LetterWording wording, Cases cases,
			AuditTrail audit, Clock clock) {
		this.access = access;
		this.views = views;
		this.renderer = renderer;
		this.wording = wording;
		this.cases = cases;
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

	public RenderedLetter render(GongkaiUser officer, AppealId id, LetterKind kind, String format) {
		Appeal appeal = access.handledBy(officer, id);
		if (!kindsFor(appeal).contains(kind)) {
			throw new Refusal("refusal.appeals.letters.noSuchDocument");
		}
		Letter letter = letter(officer, appeal, kind);
		RenderedLetter rendered = renderer.render(letter, format);
		audit.recordAlone(AuditAction.APPEAL_DOCUMENT, "appeal", id, AuditResult.SUCCESS,
				appeal.reference() + " " + kind.title());
		return rendered;
	}

	Letter letter(GongkaiUser officer, Appeal appeal, LetterKind kind) {
		CaseViews.CaseDetail detail = views.detail(officer, appeal.caseId());
		DisclosureCase c = detail.theCase();
		String agency = detail.agency().name();
		Map<String, Object> facts = new HashMap<>();
		facts.put("appeal", appeal);
		facts.put("applicant", detail.applicant().name());
		facts.put("reference", c.reference());
		facts.put("receivedOn", c.receivedOn());
		facts.put("informationSought", c.informationSought());
		facts.put("decidedOn", c.outcome() == null ? null : c.decidedOn());
		facts.put("outcome", c.outcome());
		// 本机关不掌握 is answered as 信息不存在 (art 36(四)) or 非本机关 (art 36(五)), each with its
		// own basis (docs/statute.md#not-held)
		facts.put("notHeld", c.outcome() == Outcome.UNAVAILABLE_NOT_HELD ? cases.notHeld(c.id()).orElse(null) : null);
		facts.put("replyText", c.replyText());
		facts.put("due", detail.due().date());
		// the evidence list cites every line of the case record, with the search behind
		// an answer that the information does not exist (《条例》第三十六条第（四）项,
		// docs/statute.md#not-held)
		facts.put("ledger", detail.ledger());
		String legalBasis = switch (kind) {
			case APPEAL_ANSWER -> AppealDeadlines.basis(appeal.kind(), appeal.procedure()).replace("：", "（") + "）";
			case LITIGATION_DEFENCE -> "《中华人民共和国行政诉讼法》第六十七条";
			default -> null;
		};
		return new Letter(kind, agency,
				wording.documentNumber(kind, agency, String.valueOf(appeal.filedOn().getYear()), appeal.reference()),
				appeal.body(), c.reference(), ReplyDeadlines.today(clock), wording.body(kind, facts), legalBasis, null);
	}

}
