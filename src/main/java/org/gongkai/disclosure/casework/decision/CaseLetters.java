package org.gongkai.disclosure.casework.decision;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.agencies.Agencies;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.agencies.AgencyParticulars;
import org.gongkai.disclosure.agencies.RemedyOrgans;
import org.gongkai.disclosure.audit.AuditAction;
import org.gongkai.disclosure.audit.AuditLine;
import org.gongkai.disclosure.casework.AnswerItem;
import org.gongkai.disclosure.casework.CaseAccess;
import org.gongkai.disclosure.casework.CaseNotFoundException;
import org.gongkai.disclosure.casework.Cases;
import org.gongkai.disclosure.casework.DisclosureCase;
import org.gongkai.disclosure.casework.NotHeldAnswer;
import org.gongkai.disclosure.casework.history.CaseLedger;
import org.gongkai.disclosure.casework.history.LedgerAction;
import org.gongkai.disclosure.casework.stops.CaseConsultations;
import org.gongkai.disclosure.casework.stops.CaseCorrections;
import org.gongkai.disclosure.casework.stops.CaseExplanations;
import org.gongkai.disclosure.casework.stops.CaseFees;
import org.gongkai.disclosure.casework.stops.ClockStop;
import org.gongkai.disclosure.casework.views.CaseViews;
import org.gongkai.disclosure.deadlines.Calendars;
import org.gongkai.disclosure.deadlines.ReplyDeadlines;
import org.gongkai.disclosure.deadlines.WorkingCalendar;
import org.gongkai.disclosure.decisions.Outcome;
import org.gongkai.disclosure.decisions.OutcomeGroup;
import org.gongkai.disclosure.documents.Letter;
import org.gongkai.disclosure.documents.LetterKind;
import org.gongkai.disclosure.documents.LetterRenderer;
import org.gongkai.disclosure.documents.LetterWording.Remedy;
import org.gongkai.disclosure.documents.LetterWording;
import org.gongkai.disclosure.documents.RenderedLetter;
import org.gongkai.disclosure.shared.Refusal;
import org.gongkai.disclosure.shared.StateRefusal;
import org.gongkai.disclosure.shared.Texts;
import org.gongkai.disclosure.shared.ids.CaseId;
import org.gongkai.disclosure.shared.ids.CaseReference;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The letters of a case, filled from its record: the receipt (回执, 条例 art 31 and 45) for
 * every registered request, and the reply (答复书) once signed off, with the legal basis and
 * the remedy notice — for 不予公开, 复议 first (《行政复议法》第二十三条).
 */
@Service
public class CaseLetters {

	private final CaseViews views;

	private final Agencies agencies;

	private final LetterRenderer renderer;

	private final LetterWording wording;

	private final Cases cases;

	private final Calendars calendars;

	private final LetterArchive archive;

	private final LetterFreezing freezing;

	private final CaseAccess access;

	private final CaseLedger ledger;

	private final Clock clock;

	CaseLetters(CaseViews views, Agencies agencies, LetterRenderer renderer, LetterWording wording, Cases cases,
			Calendars calendars, LetterArchive archive, LetterFreezing freezing, CaseAccess access, CaseLedger ledger,
			Clock clock) {
		this.clock = clock;
		this.views = views;
		this.agencies = agencies;
		this.renderer = renderer;
		this.wording = wording;
		this.cases = cases;
		this.calendars = calendars;
		this.archive = archive;
		this.freezing = freezing;
		this.access = access;
		this.ledger = ledger;
	}

	/**
	 * The letter of {@code kind} as {@code format}: its latest issued version, as the
	 * bytes stored when it was first downloaded (rendered from the content frozen when it
	 * was issued), or, for a letter not issued (yet), rendered from the case as it
	 * stands.
	 */
	public RenderedLetter render(GongkaiUser user, CaseId id, LetterKind kind, String format) {
		CaseViews.CaseDetail detail = readable(user, id, kind);
		Optional<IssuedLetter> issued = archive.latest(id, kind);
		if (issued.isPresent()) {
			return frozen(issued.get(), format);
		}
		return renderer.render(letter(detail, kind), format);
	}

	/**
	 * The 答复书 the draft under review would be, as the PDF it would be issued as, dated
	 * today and marked 草稿 on every page: for the legal reviewer and the head to read
	 * before they approve (and for the case officer who drafted it). Nothing is written:
	 * no letter stored, no ledger line, the process untouched; only the reading of the
	 * case is audited, as every reading is.
	 * @throws IllegalStateException when no draft is waiting for review or sign-off
	 */
	@PreAuthorize("hasAnyRole('CASE_OFFICER', 'LEGAL_REVIEWER', 'HEAD_OF_OFFICE')")
	public RenderedLetter replyDraft(GongkaiUser officer, CaseId id) {
		CaseViews.CaseDetail detail = views.detail(officer, id);
		DisclosureCase signedOff = detail.theCase().asIfSignedOff(ReplyDeadlines.today(clock));
		return renderer.draft(letter(detail, signedOff, LetterKind.REPLY));
	}

	/** One issued version, as stored when first downloaded. */
	public RenderedLetter version(GongkaiUser user, CaseId id, LetterKind kind, int version, String format) {
		readable(user, id, kind);
		return archive.version(id, kind, version)
			.map(issued -> frozen(issued, format))
			.orElseThrow(() -> new Refusal("refusal.casework.letters.noVersion", version));
	}

	/**
	 * The case's issued letters, every version, in the order they were issued; a letter
	 * addressed to a third party or another agency only for officers handling cases. A
	 * letter not downloaded yet has no SHA-256 yet (its files are rendered on the first
	 * download).
	 */
	public List<IssuedLetter> issued(GongkaiUser user, CaseId id) {
		access.visibleTo(user, id);
		return archive.of(id).stream().filter(l -> readableBy(user, l.kind())).toList();
	}

	/**
	 * Corrects an issued letter: renders it again from the case as it stands now and
	 * issues it as the next version, naming the one it replaces and why. The earlier
	 * version stays stored and downloadable.
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('REGISTRAR', 'CASE_OFFICER', 'HEAD_OF_OFFICE')")
	public IssuedLetter correct(GongkaiUser officer, CaseId id, LetterKind kind, String reason) {
		DisclosureCase c = access.handledBy(officer, id);
		String why = Texts.require(reason, "更正理由", 500);
		IssuedLetter replaced = archive.latest(id, kind)
			.orElseThrow(() -> new StateRefusal("refusal.casework.letters.notIssued"));
		IssuedLetter corrected = issue(id, kind, officer.id(), why);
		ledger.append(id, officer.id(), officer.displayName(), LedgerAction.LETTER_CORRECTED, why,
				Map.of("kind", kind.name(), "replaces", replaced.documentNumber() + " 第" + replaced.version() + "版",
						"version", String.valueOf(corrected.version())),
				AuditLine.success(AuditAction.LETTER_CORRECTED, c.reference() + " " + kind.title() + " 第"
						+ corrected.version() + "版替代第" + replaced.version() + "版：" + why));
		return corrected;
	}

	/**
	 * Issues the letter of {@code kind} as the case stands now, as the kind's next
	 * version, in the act's transaction: its content is stored with the act, its PDF and
	 * .docx when it is first downloaded ({@link LetterFreezing}). Called when the ledger
	 * records the act that sends the letter ({@link LetterIssuing}).
	 */
	void issueWithAct(CaseId id, LetterKind kind, UUID issuedBy) {
		// the receipt prints the case, agency, applicant and due date only: read no more
		CaseViews.CaseDetail detail = kind == LetterKind.RECEIPT ? views.forReceipt(id) : views.forIssuing(id);
		freezing.freeze(id, letter(detail, kind), issuedBy);
	}

	/**
	 * Issues the letter of {@code kind} as the case stands now: renders the PDF and the
	 * .docx once and stores both with their SHA-256 as the kind's next version (a
	 * correction, asked for by an officer).
	 */
	IssuedLetter issue(CaseId id, LetterKind kind, UUID issuedBy, String reason) {
		return freezing.freezeRendered(id, letter(views.forIssuing(id), kind), issuedBy, reason);
	}

	/**
	 * The letter's content as the case stands now, as {@code user} may read it (not the
	 * bytes issued, which {@link #render} returns).
	 */
	public Letter letter(GongkaiUser user, CaseId id, LetterKind kind) {
		return letter(readable(user, id, kind), kind);
	}

	private CaseViews.CaseDetail readable(GongkaiUser user, CaseId id, LetterKind kind) {
		CaseViews.CaseDetail detail = views.detail(user, id);
		if (!readableBy(user, kind)) {
			throw new CaseNotFoundException(id);
		}
		return detail;
	}

	/**
	 * The consultation letter and the notice to a third party are addressed to others
	 * than the applicant: only officers handling cases read them.
	 */
	private static boolean readableBy(GongkaiUser user, LetterKind kind) {
		return switch (kind) {
			case CONSULTATION_LETTER, THIRD_PARTY_NOTICE -> user.role().handlesCases();
			default -> true;
		};
	}

	private RenderedLetter frozen(IssuedLetter issued, String format) {
		byte[] content = archive.content(freezing.rendered(issued), format);
		String mediaType = "docx".equals(format) ? LetterRenderer.DOCX_MEDIA_TYPE : LetterRenderer.PDF_MEDIA_TYPE;
		String number = issued.version() == 1 ? issued.documentNumber()
				: issued.documentNumber() + "-第" + issued.version() + "版";
		return new RenderedLetter(Letter.fileName(issued.kind(), number, format), mediaType, content);
	}

	Letter letter(CaseViews.CaseDetail detail, LetterKind kind) {
		return letter(detail, detail.theCase(), kind);
	}

	/**
	 * The letter of {@code kind} of the case {@code detail} shows, with {@code c} as its
	 * case record: the record itself, or for the draft 答复书 the record as if signed off.
	 */
	private Letter letter(CaseViews.CaseDetail detail, DisclosureCase c, LetterKind kind) {
		CaseId id = c.id();
		Agency agency = detail.agency();
		AgencyParticulars particulars = agencies.particulars(agency.id());
		String issuer = particulars.printedName(agency);
		String prefix = particulars.referencePrefixOr(agency);
		// a reference in another form (an imported ledger's own numbering) is cited
		// whole, under the year of receipt
		Optional<CaseReference> ref = CaseReference.parse(c.reference());
		String year = ref.map(r -> String.valueOf(r.year())).orElse(String.valueOf(c.receivedOn().getYear()));
		String number = ref.map(CaseReference::number).orElse(c.reference());
		String documentNumber = wording.documentNumber(kind, prefix, year, number);
		String applicant = detail.applicant().name();
		Map<String, Object> facts = new HashMap<>();
		facts.put("reference", c.reference());
		facts.put("receivedOn", c.receivedOn());
		facts.put("channel", c.channel().label());
		facts.put("onTheSpot", answeredOnTheSpot(detail));
		Letter letter = switch (kind) {
			case RECEIPT -> {
				facts.put("due", detail.due().date());
				facts.put("informationSought", c.informationSought());
				yield new Letter(kind, issuer, documentNumber, applicant, c.reference(), c.receivedOn(),
						wording.body(kind, facts), null, null);
			}
			case REPLY -> {
				if (c.outcome() == null || c.decidedOn() == null) {
					throw new StateRefusal("refusal.casework.letters.noDecision");
				}
				// a mixed answer sets every item out with its own basis
				// (docs/statute.md#mixed-answers); 本机关不掌握 is 信息不存在 (art 36(四)) or
				// not this agency's (art 36(五)), each with its own text and basis
				// (docs/statute.md#not-held)
				List<AnswerItem> items = detail.items();
				Optional<NotHeldAnswer> notHeld = c.outcome() == Outcome.UNAVAILABLE_NOT_HELD ? cases.notHeld(id)
						: Optional.empty();
				facts.put("replyText", c.replyText());
				facts.put("items", items);
				facts.put("withheld", detail.withheld());
				facts.put("notHeld", notHeld.orElse(null));
				facts.put("referral", cases.referral(id).orElse(null));
				String basis = items.isEmpty()
						? notHeld.map(n -> n.kind().legalBasis()).orElse(c.outcome().legalBasis()).replace("《条例》", "")
						: itemsBasis(c.outcome(), items);
				yield new Letter(kind, issuer, documentNumber, applicant, c.reference(), c.decidedOn(),
						wording.body(kind, facts), "《中华人民共和国政府信息公开条例》" + basis, remedy(agency, c.outcome(), items));
			}
			case CORRECTION_NOTICE -> {
				CaseCorrections.Correction correction = Optional.ofNullable(detail.correction())
					.orElseThrow(() -> new StateRefusal("refusal.casework.letters.noCorrection"));
				facts.put("correction", correction);
				yield new Letter(kind, issuer, documentNumber, applicant, c.reference(), correction.notifiedOn(),
						wording.body(kind, facts), "《中华人民共和国政府信息公开条例》第三十条", null);
			}
			case EXTENSION_NOTICE -> {
				CaseExtensions.Extension extension = Optional.ofNullable(detail.extension())
					.filter(e -> Boolean.TRUE.equals(e.approved()))
					.orElseThrow(() -> new StateRefusal("refusal.casework.letters.noExtension"));
				facts.put("extension", extension);
				facts.put("due", detail.due().date());
				yield new Letter(kind, issuer, documentNumber, applicant, c.reference(), extension.decidedOn(),
						wording.body(kind, facts), "《中华人民共和国政府信息公开条例》第三十三条第二款", null);
			}
			case CONSULTATION_LETTER -> {
				CaseConsultations.Consultation consultation = Optional.ofNullable(detail.consultation())
					.orElseThrow(() -> new StateRefusal("refusal.casework.letters.noConsultation"));
				facts.put("consultation", consultation);
				yield new Letter(kind, issuer, documentNumber, consultation.partyName(), c.reference(),
						consultation.sentOn(), wording.body(kind, facts), null, null);
			}
			case EXPLANATION_REQUEST -> {
				// with the agency's 延迟答复的合理期限 as it stood when the reasons were asked for
				// (docs/statute.md#art-35)
				CaseExplanations.Explanation explanation = Optional.ofNullable(detail.explanation())
					.orElseThrow(() -> new StateRefusal("refusal.casework.letters.noExplanation"));
				facts.put("explanation", explanation);
				yield new Letter(kind, issuer, documentNumber, applicant, c.reference(), explanation.requestedOn(),
						wording.body(kind, facts), "《中华人民共和国政府信息公开条例》第三十五条", null);
			}
			case THIRD_PARTY_NOTICE -> {
				CaseConsultations.Consultation consultation = Optional.ofNullable(detail.consultation())
					.filter(CaseConsultations.Consultation::overridden)
					.orElseThrow(() -> new StateRefusal("refusal.casework.letters.noPublicInterest"));
				if (c.outcome() == null || c.decidedOn() == null || !c.outcome().discloses()) {
					throw new StateRefusal("refusal.casework.letters.thirdPartyAfterSignOff");
				}
				facts.put("consultation", consultation);
				facts.put("partlyDisclosed", c.outcome() == Outcome.PARTLY_DISCLOSED);
				RemedyOrgans organs = agencies.remedyOrgans(agency.id());
				yield new Letter(kind, issuer, documentNumber, consultation.partyName(), c.reference(), c.decidedOn(),
						wording.body(kind, facts), "《中华人民共和国政府信息公开条例》第三十二条",
						wording.remedyNotice(Remedy.THIRD_PARTY, organs.reviewBody(), organs.court()));
			}
			case FEE_NOTICE -> {
				CaseFees.Fee fee = Optional.ofNullable(detail.fee())
					.orElseThrow(() -> new StateRefusal("refusal.casework.letters.noFee"));
				// how to pay, and the last day counted in (docs/statute.md#fee-notice);
				// the
				// window runs from the applicant's receipt (docs/clocks.md)
				String payment = Optional.ofNullable(particulars.feePayment())
					.filter(p -> !p.isBlank())
					.orElseThrow(() -> new StateRefusal("refusal.casework.letters.noPaymentDetails"));
				facts.put("fee", fee);
				facts.put("payment", payment);
				yield new Letter(kind, issuer, documentNumber, applicant, c.reference(), fee.notifiedOn(),
						wording.body(kind, facts), "《中华人民共和国政府信息公开条例》第四十二条；《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）", null);
			}
			// an appeal's documents belong to the appeal (module appeals), not to the
			// request
			case APPEAL_ANSWER, LITIGATION_DEFENCE, EVIDENCE_LIST ->
				throw new Refusal("refusal.casework.letters.appealDocument");
		};
		return withProvisionalNote(letter, provisionalWarnings(detail, kind));
	}

	/**
	 * The warnings of the dates a letter states that fall in a year without the State
	 * Council's notice: the reply deadline's own (the explanation the page prints), or
	 * those of the window the letter sets.
	 */
	private List<String> provisionalWarnings(CaseViews.CaseDetail detail, LetterKind kind) {
		WorkingCalendar calendar = calendars.current();
		return switch (kind) {
			case RECEIPT, EXTENSION_NOTICE -> detail.due().warnings();
			case CORRECTION_NOTICE -> windowWarnings(calendar, detail.correction().window());
			case CONSULTATION_LETTER -> windowWarnings(calendar, detail.consultation().window());
			case EXPLANATION_REQUEST -> windowWarnings(calendar, detail.explanation().window());
			case FEE_NOTICE -> windowWarnings(calendar, detail.fee().window());
			default -> List.of();
		};
	}

	/** The provisional-date warnings of a window, once it has a last day. */
	private static List<String> windowWarnings(WorkingCalendar calendar, ClockStop window) {
		return window.dueOn() == null ? List.of() : calendar.provisionalWarnings(window.servedOn(), window.dueOn());
	}

	/** A provisional date says so in the letter, as beside the date on the page. */
	private Letter withProvisionalNote(Letter letter, List<String> warnings) {
		if (warnings.isEmpty()) {
			return letter;
		}
		List<String> paragraphs = new ArrayList<>(letter.paragraphs());
		paragraphs.add(wording.provisionalNote(warnings));
		return new Letter(letter.kind(), letter.agencyName(), letter.documentNumber(), letter.addressee(),
				letter.reference(), letter.date(), paragraphs, letter.legalBasis(), letter.remedyNotice());
	}

	/**
	 * Whether the request was answered on the spot (《条例》第三十三条第一款,
	 * docs/statute.md#on-the-spot).
	 */
	private static boolean answeredOnTheSpot(CaseViews.CaseDetail detail) {
		return detail.ledger().stream().anyMatch(e -> e.action() == LedgerAction.ANSWERED_ON_THE_SPOT);
	}

	/**
	 * The reply's 救济途径告知, naming the agency's 复议机关 and court
	 * (docs/statute.md#remedy-organs): a 不予公开 answer, and the withheld parts of a 部分公开
	 * one, go to 复议 first (docs/statute.md#review-first).
	 */
	private String remedy(Agency agency, Outcome outcome, List<AnswerItem> items) {
		RemedyOrgans organs = agencies.remedyOrgans(agency.id());
		// answered item by item, 复议 first for the items withheld
		// (docs/statute.md#mixed-answers)
		boolean allWithheld = items.isEmpty() ? outcome.group() == OutcomeGroup.WITHHELD
				: items.stream().allMatch(AnswerItem::withholds);
		boolean partWithheld = items.isEmpty() ? outcome == Outcome.PARTLY_DISCLOSED
				: items.stream().anyMatch(AnswerItem::withholds);
		Remedy remedy = allWithheld ? Remedy.REVIEW_FIRST : partWithheld ? Remedy.PARTLY_WITHHELD : Remedy.STANDARD;
		return wording.remedyNotice(remedy, organs.reviewBody(), organs.court());
	}

	/**
	 * The legal basis of a reply answered item by item: the items' articles, each once,
	 * with 第三十七条 when the request was 区分处理 (部分公开), e.g.
	 * {@code 第三十六条第（二）项、第三十六条第（四）项、第二条、第三十七条}.
	 */
	private static String itemsBasis(Outcome counted, List<AnswerItem> items) {
		Stream<String> articles = items.stream()
			.map(AnswerItem::legalBasis)
			.flatMap(b -> Arrays.stream(b.replace("《条例》", "").split("、")));
		if (counted == Outcome.PARTLY_DISCLOSED) {
			articles = Stream.concat(articles, Stream.of("第三十七条"));
		}
		return articles.distinct().collect(Collectors.joining("、"));
	}

}
