package org.gongkai.disclosure.casework.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.applicants.ApplicantCategory;
import org.gongkai.disclosure.audit.AuditAction;
import org.gongkai.disclosure.audit.AuditLine;
import org.gongkai.disclosure.casework.CaseAccess;
import org.gongkai.disclosure.casework.DisclosureCase;
import org.gongkai.disclosure.casework.history.CaseLedger;
import org.gongkai.disclosure.casework.history.LedgerAction;
import org.gongkai.disclosure.deadlines.ReplyDeadlines;
import org.gongkai.disclosure.shared.Refusal;
import org.gongkai.disclosure.shared.Texts;
import org.gongkai.disclosure.shared.ids.CaseId;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The help an applicant with reading difficulties or a visual or hearing impairment is
 * given (《条例》第四十三条: 申请公开政府信息的公民存在阅读困难或者视听障碍的，行政机关应当为其提供必要的帮助), recorded in the case's
 * ledger: what the need was, what help was given, on which day
 * (docs/statute.md#assistance).
 */
@Service
public class CaseAssistance {

	static final String ART_43 = "《条例》第四十三条";

	private final CaseAccess access;

	private final CaseLedger ledger;

	private final Clock clock;

	CaseAssistance(CaseAccess access, CaseLedger ledger, Clock clock) {
		this.access = access;
		this.ledger = ledger;
		this.clock = clock;
	}

	/**
	 * Records the help given on {@code givenOn} (today if null) to the applicant of the
	 * case: a 公民 (the article's word) with the {@code need} named.
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('REGISTRAR', 'CASE_OFFICER')")
	public void record(GongkaiUser officer, CaseId id, Need need, String help, LocalDate givenOn) {
		DisclosureCase c = access.handledBy(officer, id);
		if (need == null) {
			throw new Refusal("refusal.casework.assistance.chooseDifficulty");
		}
		if (c.applicantCategory() != ApplicantCategory.NATURAL_PERSON) {
			throw new Refusal("refusal.casework.assistance.notNaturalPerson");
		}
		String what = Texts.require(help, "提供的帮助", 1000);
		LocalDate today = ReplyDeadlines.today(clock);
		LocalDate on = givenOn == null ? today : givenOn;
		if (on.isAfter(today)) {
			throw new Refusal("refusal.casework.assistance.date");
		}
		ledger.append(id, officer.id(), officer.displayName(), LedgerAction.ASSISTANCE_PROVIDED, ART_43,
				Map.of("need", need.name(), "help", what, "givenOn", on.toString()),
				AuditLine.success(AuditAction.ASSISTANCE_RECORDED, c.reference() + " " + need.label()));
	}

	/** The difficulties 《条例》第四十三条 names. */
	public enum Need {

		READING_DIFFICULTY("阅读困难"), VISUAL_IMPAIRMENT("视力障碍"), HEARING_IMPAIRMENT("听力障碍");

		private final String label;

		Need(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

}
