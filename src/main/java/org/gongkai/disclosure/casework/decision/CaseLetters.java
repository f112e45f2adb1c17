package org.gongkai.disclosure.casework.decision;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.gongkai.disclosure.casework.WithheldPart;
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
import org.gongkai.disclosure.documents.RenderedLetter;
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

	private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

	private final CaseViews views;

	private final Agencies agencies;

	private final LetterRenderer renderer;

	private final Cases cases;

	private final Calendars calendars;

	private final LetterArchive archive;

	private final LetterFreezing freezing;

	private final CaseAccess access;

	private final CaseLedger ledger;

	private final Clock clock;

	CaseLetters(CaseViews views, Agencies agencies, LetterRenderer renderer, Cases cases, Calendars calendars,
			LetterArchive archive, LetterFreezing freezing, CaseAccess access, CaseLedger ledger, Clock clock) {
		this.clock = clock;
		this.views = views;
		this.agencies = agencies;
		this.renderer = renderer;
		this.cases = cases;
		this.calendars = calendars;
		this.archive = archive;
		this.freezing = freezing;
		this.access = access;
		this.ledger = ledger;
	}

	/**
	 * The letter of {@code kind} as {@code format}: exactly the bytes stored when it was
	 * issued (its latest version), or, for a letter not issued (yet), rendered from the
	 * case as it stands.
	 */
	public RenderedLetter render(GongkaiUser user, CaseId id, LetterKind kind, String format) {
		CaseViews.CaseDetail detail = readable(user, id, kind);
		freezing.awaitPending(id);
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

	/** One issued version, exactly as stored. */
	public RenderedLetter version(GongkaiUser user, CaseId id, LetterKind kind, int version, String format) {
		readable(user, id, kind);
		freezing.awaitPending(id);
		return archive.version(id, kind, version)
			.map(issued -> frozen(issued, format))
			.orElseThrow(() -> new IllegalArgumentException("本案没有该文书的第" + version + "版"));
	}

	/**
	 * The case's issued letters, every version, in the order they were issued; a letter
	 * addressed to a third party or another agency only for officers handling cases.
	 */
	public List<IssuedLetter> issued(GongkaiUser user, CaseId id) {
		access.visibleTo(user, id);
		freezing.awaitPending(id);
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
		freezing.awaitPending(id);
		IssuedLetter replaced = archive.latest(id, kind).orElseThrow(() -> new IllegalStateException("该文书尚未出具，无需更正"));
		IssuedLetter corrected = issue(id, kind, officer.id(), why);
		ledger.append(id, officer.id(), officer.displayName(), LedgerAction.LETTER_CORRECTED, why,
				Map.of("kind", kind.name(), "replaces", replaced.documentNumber() + " 第" + replaced.version() + "版",
						"version", String.valueOf(corrected.version())),
				AuditLine.success(AuditAction.LETTER_CORRECTED, c.reference() + " " + kind.title() + " 第"
						+ corrected.version() + "版替代第" + replaced.version() + "版：" + why));
		return corrected;
	}

	/**
	 * Issues the letter of {@code kind} as the case stands now, in the act's transaction;
	 * its PDF and .docx are rendered and stored as the kind's next version once the act
	 * has committed ({@link LetterFreezing}). Called when the ledger records the act that
	 * sends the letter ({@link LetterIssuing}).
	 */
	void issueAfterCommit(CaseId id, LetterKind kind, UUID issuedBy) {
		freezing.freezeAfterCommit(id, letter(views.forIssuing(id), kind), issuedBy);
	}

	/**
	 * Issues the letter of {@code kind} as the case stands now: renders the PDF and the
	 * .docx once and stores both with their SHA-256 as the kind's next version (a
	 * correction, asked for by an officer).
	 */
	IssuedLetter issue(CaseId id, LetterKind kind, UUID issuedBy, String reason) {
		return freezing.freeze(id, letter(views.forIssuing(id), kind), issuedBy, reason);
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
		byte[] content = archive.content(issued, format);
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
		Letter letter = switch (kind) {
			case RECEIPT -> new Letter(kind, issuer, prefix + "依申请公开收〔" + year + "〕" + number + "号",
					detail.applicant().name(), c.reference(), c.receivedOn(), receiptBody(detail), null, null);
			case REPLY -> {
				if (c.outcome() == null || c.decidedOn() == null) {
					throw new IllegalStateException("本案尚未作出答复决定");
				}
				List<String> body = new ArrayList<>();
				body.add(answeredOnTheSpot(detail)
						? "你（单位）于" + c.receivedOn().format(CHINESE_DATE) + "向本机关" + c.channel().label()
								+ "的政府信息公开申请（申请编号" + c.reference() + "），本机关根据《中华人民共和国政府信息公开条例》第三十三条第一款当场答复如下："
						: "你（单位）于" + c.receivedOn().format(CHINESE_DATE) + "向本机关提出的政府信息公开申请（申请编号" + c.reference()
								+ "）收悉。经审查，现答复如下：");
				body.add(c.replyText());
				// a mixed answer sets every item out with its own basis
				// (docs/statute.md#mixed-answers)
				List<AnswerItem> items = detail.items();
				if (!items.isEmpty()) {
					body.add("你（单位）申请公开的政府信息共" + items.size() + "项，逐项答复如下：");
					for (int i = 0; i < items.size(); i++) {
						body.add((i + 1) + ". " + items.get(i).printed().replace("《条例》", "《中华人民共和国政府信息公开条例》"));
					}
				}
				List<WithheldPart> withheld = detail.withheld();
				if (!withheld.isEmpty()) {
					body.add("根据《中华人民共和国政府信息公开条例》第三十七条，对可以公开的部分予以公开，下列部分不予公开：");
					for (int i = 0; i < withheld.size(); i++) {
						body.add((i + 1) + ". " + withheld.get(i).printed());
					}
				}
				// 本机关不掌握: 信息不存在 (art 36(四)) or not this agency's (art 36(五)), each with
				// its own text and basis (docs/statute.md#not-held)
				Optional<NotHeldAnswer> notHeld = c.outcome() == Outcome.UNAVAILABLE_NOT_HELD ? cases.notHeld(id)
						: Optional.empty();
				notHeld.filter(n -> n.kind() == NotHeldAnswer.Kind.DOES_NOT_EXIST)
					.ifPresent(n -> body.add("经检索，本机关没有你（单位）申请公开的政府信息，该政府信息不存在（《中华人民共和国政府信息公开条例》第三十六条第（四）项）。检索情况："
							+ n.searchRecord() + "。"));
				notHeld.filter(n -> n.kind() == NotHeldAnswer.Kind.NOT_THIS_AGENCY)
					.ifPresent(n -> body.add("你（单位）申请公开的政府信息不属于本机关负责公开（《中华人民共和国政府信息公开条例》第三十六条第（五）项）。"));
				cases.referral(id)
					.ifPresent(r -> body
						.add("经查，该政府信息由" + r.get(0) + "负责公开，联系方式：" + r.get(1) + "（《中华人民共和国政府信息公开条例》第三十六条第（五）项）。"));
				String basis = items.isEmpty()
						? notHeld.map(n -> n.kind().legalBasis()).orElse(c.outcome().legalBasis()).replace("《条例》", "")
						: itemsBasis(c.outcome(), items);
				yield new Letter(kind, issuer, prefix + "依申请公开答〔" + year + "〕" + number + "号",
						detail.applicant().name(), c.reference(), c.decidedOn(), body, "《中华人民共和国政府信息公开条例》" + basis,
						remedy(agency, c.outcome(), items));
			}
			case CORRECTION_NOTICE -> {
				CaseCorrections.Correction correction = Optional.ofNullable(detail.correction())
					.orElseThrow(() -> new IllegalStateException("本案没有补正告知"));
				List<String> body = new ArrayList<>();
				body.add("你（单位）于" + c.receivedOn().format(CHINESE_DATE) + "提出的政府信息公开申请（申请编号" + c.reference()
						+ "），经审查，申请内容不明确。根据《中华人民共和国政府信息公开条例》第三十条，请对下列事项作出补正：");
				for (int i = 0; i < correction.items().size(); i++) {
					body.add((i + 1) + ". " + correction.items().get(i));
				}
				body.add("请" + period(correction.window(), "自收到本告知书之日起") + "提交补正。答复期限自本机关收到补正的申请之日起计算。"
						+ "无正当理由逾期不补正的，视为放弃申请，本机关不再处理该政府信息公开申请。");
				yield new Letter(kind, issuer, prefix + "依申请公开补〔" + year + "〕" + number + "号",
						detail.applicant().name(), c.reference(), correction.notifiedOn(), body,
						"《中华人民共和国政府信息公开条例》第三十条", null);
			}
			case EXTENSION_NOTICE -> {
				CaseExtensions.Extension extension = Optional.ofNullable(detail.extension())
					.filter(e -> Boolean.TRUE.equals(e.approved()))
					.orElseThrow(() -> new IllegalStateException("本案没有经批准的延期"));
				String due = detail.due().date() == null ? "另行计算" : detail.due().date().format(CHINESE_DATE);
				yield new Letter(kind, issuer, prefix + "依申请公开延〔" + year + "〕" + number + "号",
						detail.applicant().name(), c.reference(), extension.decidedOn(),
						List.of("你（单位）于" + c.receivedOn().format(CHINESE_DATE) + "提出的政府信息公开申请（申请编号" + c.reference()
								+ "），因" + extension.reason() + "，不能在规定期限内答复。",
								"经本机关政府信息公开工作机构负责人同意，答复期限延长" + extension.workingDays() + "个工作日，至" + due + "。"),
						"《中华人民共和国政府信息公开条例》第三十三条第二款", null);
			}
			case CONSULTATION_LETTER -> {
				CaseConsultations.Consultation consultation = Optional.ofNullable(detail.consultation())
					.orElseThrow(() -> new IllegalStateException("本案没有征求意见"));
				yield new Letter(kind, issuer, prefix + "依申请公开征〔" + year + "〕" + number + "号", consultation.partyName(),
						c.reference(), consultation.sentOn(),
						List.of("本机关收到一件政府信息公开申请（编号" + c.reference() + "），申请公开的信息涉及：" + consultation.matter(),
								"根据《中华人民共和国政府信息公开条例》" + consultation.kind().basis().replace("《条例》", "")
										+ "，现书面征求你（单位）的意见。请" + period(consultation.window(), "自收到本征求意见书之日起")
										+ "提出意见；不同意公开的，请说明理由。",
								consultation.kind().silence() + "。"),
						null, null);
			}
			case EXPLANATION_REQUEST -> {
				CaseExplanations.Explanation explanation = Optional.ofNullable(detail.explanation())
					.orElseThrow(() -> new IllegalStateException("本案没有要求说明理由"));
				yield new Letter(kind, issuer, prefix + "依申请公开说〔" + year + "〕" + number + "号",
						detail.applicant().name(), c.reference(), explanation.requestedOn(),
						List.of("你（单位）于" + c.receivedOn().format(CHINESE_DATE) + "提出的政府信息公开申请（申请编号" + c.reference()
								+ "）收悉。本机关认为，你（单位）申请公开政府信息的数量、频次明显超过合理范围。根据《中华人民共和国政府信息公开条例》" + "第三十五条，请就下列事项说明理由：",
								explanation.question(),
								"请" + period(explanation.window(), "自收到本告知书之日起") + "提交说明。"
										+ (explanation.clockStops() ? "说明理由期间不计入答复期限。" : "说明理由期间答复期限照常计算。"),
								delayedAnswer(explanation)),
						"《中华人民共和国政府信息公开条例》第三十五条", null);
			}
			case THIRD_PARTY_NOTICE -> {
				CaseConsultations.Consultation consultation = Optional.ofNullable(detail.consultation())
					.filter(CaseConsultations.Consultation::overridden)
					.orElseThrow(() -> new IllegalStateException("本案没有以公共利益决定公开"));
				if (c.outcome() == null || c.decidedOn() == null || !c.outcome().discloses()) {
					throw new IllegalStateException("公开决定签发后才出具第三方告知书");
				}
				yield new Letter(kind, issuer, prefix + "依申请公开告〔" + year + "〕" + number + "号", consultation.partyName(),
						c.reference(), c.decidedOn(),
						List.of("本机关于" + consultation.sentOn().format(CHINESE_DATE) + "就政府信息公开申请（编号" + c.reference()
								+ "）书面征求你（单位）的意见，你（单位）不同意公开，理由是：" + consultation.reasons(),
								"经审查，本机关认为不公开可能对公共利益造成重大影响，决定予以公开"
										+ (c.outcome() == Outcome.PARTLY_DISCLOSED ? "（部分公开）" : "") + "。决定公开的政府信息内容："
										+ consultation.matter(),
								"决定公开的理由：" + consultation.overrideReasons()),
						"《中华人民共和国政府信息公开条例》第三十二条", thirdPartyRemedy(agency));
			}
			case FEE_NOTICE -> {
				CaseFees.Fee fee = Optional.ofNullable(detail.fee())
					.orElseThrow(() -> new IllegalStateException("本案没有收费通知"));
				List<String> body = new ArrayList<>();
				body.add("你（单位）提出的政府信息公开申请（申请编号" + c.reference() + "）数量、频次明显超过合理范围，本机关决定收取信息处理费" + fee.amountYuan()
						+ "元（" + fee.mode().label() + "）。计算如下：");
				body.addAll(fee.explanation());
				// how to pay, and the last day counted in (docs/statute.md#fee-notice);
				// the
				// window runs from the applicant's receipt (docs/clocks.md)
				String payment = Optional.ofNullable(particulars.feePayment())
					.filter(p -> !p.isBlank())
					.orElseThrow(() -> new IllegalStateException(
							"本机关尚未设置信息处理费的缴纳方式（收款单位及账户，或非税收入缴款渠道），请系统管理员在机关信息中填写后再出具收费通知书"));
				ClockStop window = fee.window();
				body.add(
						(window.dueOn() == null ? "请自收到本通知次日起" + window.workingDays() + "个工作日内缴纳"
								: "缴费期限自收到本通知次日起计算" + window.workingDays() + "个工作日，至"
										+ window.dueOn().format(CHINESE_DATE) + "止")
								+ "，当日缴纳的不逾期。逾期未缴纳的，视为放弃申请，" + "本机关不再处理该政府信息公开申请。缴费期间不计入答复期限。");
				body.add("缴纳方式：" + payment + "。");
				yield new Letter(kind, issuer, prefix + "依申请公开费〔" + year + "〕" + number + "号",
						detail.applicant().name(), c.reference(), fee.notifiedOn(), body,
						"《中华人民共和国政府信息公开条例》第四十二条；《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）", null);
			}
			// an appeal's documents belong to the appeal (module appeals), not to the
			// request
			case APPEAL_ANSWER, LITIGATION_DEFENCE, EVIDENCE_LIST ->
				throw new IllegalArgumentException("该文书在行政复议、行政诉讼案件页面生成");
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

	/**
	 * A window's period as its notice states it: from the addressee's receipt (条例 arts
	 * 30, 32, 34; 国办函〔2020〕109号), with its last day once the receipt is recorded.
	 */
	private static String period(ClockStop window, String from) {
		String within = from + window.workingDays() + "个工作日内";
		return window.dueOn() == null ? within : within + "（" + window.dueOn().format(CHINESE_DATE) + "前）";
	}

	/** The provisional-date warnings of a window, once it has a last day. */
	private static List<String> windowWarnings(WorkingCalendar calendar, ClockStop window) {
		return window.dueOn() == null ? List.of() : calendar.provisionalWarnings(window.servedOn(), window.dueOn());
	}

	/** A provisional date says so in the letter, as beside the date on the page. */
	private static Letter withProvisionalNote(Letter letter, List<String> warnings) {
		if (warnings.isEmpty()) {
			return letter;
		}
		List<String> paragraphs = new ArrayList<>(letter.paragraphs());
		paragraphs.add("注：" + String.join("；", warnings) + "。国务院公布该年节假日安排后，上述期限按其重新计算。");
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

	private static List<String> receiptBody(CaseViews.CaseDetail detail) {
		DisclosureCase c = detail.theCase();
		LocalDate due = detail.due().date();
		List<String> body = new ArrayList<>();
		body.add("你（单位）通过" + c.channel().label() + "方式提交的政府信息公开申请已收到，申请编号为" + c.reference() + "。");
		body.add("根据《中华人民共和国政府信息公开条例》第三十一条，本机关收到申请之日为" + c.receivedOn().format(CHINESE_DATE) + "。");
		if (answeredOnTheSpot(detail)) {
			body.add("本机关已依照该条例第三十三条第一款的规定当场予以答复，答复书同日出具。");
		}
		else {
			body.add(due == null ? "本机关将依照该条例第三十三条的规定予以答复。"
					: "本机关将依照该条例第三十三条的规定，自收到申请之日起20个工作日内（" + due.format(CHINESE_DATE) + "前）予以答复；需要延长答复期限的，将另行书面告知。");
		}
		body.add("所申请的政府信息：" + c.informationSought());
		return body;
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
		if (allWithheld) {
			return Letter.reviewFirstNotice(organs.reviewBody(), organs.court());
		}
		if (partWithheld) {
			return Letter.partlyWithheldNotice(organs.reviewBody(), organs.court());
		}
		return Letter.remedyNotice(organs.reviewBody(), organs.court());
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

	private String thirdPartyRemedy(Agency agency) {
		RemedyOrgans organs = agencies.remedyOrgans(agency.id());
		return "如对本决定不服，可以自收到本告知书之日起60日内向" + organs.reviewBody() + "申请行政复议，或者自收到本告知书之日起6个月内向" + organs.court()
				+ "提起行政诉讼。";
	}

	/**
	 * What follows the explanation (《条例》第三十五条), with the agency's 延迟答复的合理期限 as it stood
	 * when the reasons were asked for (docs/statute.md#art-35).
	 */
	private static String delayedAnswer(CaseExplanations.Explanation explanation) {
		String delay = explanation.delayWorkingDays() == null ? "将确定延迟答复的合理期限并告知你（单位）"
				: "将在本条例第三十三条规定的期限届满后" + explanation.delayWorkingDays() + "个工作日的合理期限内延迟答复，并告知你（单位）";
		return "本机关认为申请理由不合理的，将告知不予处理；认为理由合理，但是无法在规定期限内答复的，" + delay + "。";
	}

}
