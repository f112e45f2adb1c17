package org.gongkai.disclosure.appeals.handling;

import java.io.IOException;
import java.time.LocalDate;

import org.gongkai.disclosure.Fixtures;
import org.gongkai.disclosure.GongkaiIntegrationTest;
import org.gongkai.disclosure.TestClock;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.accounts.Role;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.appeals.Appeal;
import org.gongkai.disclosure.appeals.AppealKind;
import org.gongkai.disclosure.appeals.Instance;
import org.gongkai.disclosure.appeals.LitigationRoute;
import org.gongkai.disclosure.appeals.NewAppeal;
import org.gongkai.disclosure.appeals.Procedure;
import org.gongkai.disclosure.applicants.ApplicantCategory;
import org.gongkai.disclosure.casework.DisclosureCase;
import org.gongkai.disclosure.decisions.Outcome;
import org.gongkai.disclosure.documents.GoldenLetters;
import org.gongkai.disclosure.documents.Letter;
import org.gongkai.disclosure.documents.LetterKind;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * The wording of the documents an appeal has — the 行政复议答复书, the 行政诉讼答辩状 and the 举证材料清单 —
 * word for word against golden files ({@code src/test/resources/golden/letters}). To
 * accept a change of wording, run with {@code -Dgolden.update=true} and commit the files.
 */
@GongkaiIntegrationTest
class AppealLetterWordingGoldenIT {

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestClock clock;

	@Autowired
	AppealHandling appeals;

	@Autowired
	AppealLetters letters;

	@Test
	void theAnswerTheDefenceAndTheEvidenceList() throws IOException {
		Agency agency = fixtures.agency();
		GongkaiUser officer = fixtures.officer(agency, Role.CASE_OFFICER);
		GongkaiUser applicant = fixtures.applicant(ApplicantCategory.NATURAL_PERSON);
		clock.setDate(LocalDate.of(2025, 3, 3));
		DisclosureCase c = fixtures.submit(applicant, agency, "2025年本县河道整治工程环境影响评价文件");
		clock.setDate(LocalDate.of(2025, 3, 4));
		fixtures.answer(officer, c.id(), Outcome.UNAVAILABLE_NOT_HELD, "经检索，本机关不掌握该信息。");
		clock.setDate(LocalDate.of(2025, 3, 24));
		Appeal review = fixtures.as(officer,
				() -> appeals.register(officer,
						new NewAppeal(c.id().value(), AppealKind.REVIEW, null, null, null, "某县人民政府", null, null,
								LocalDate.of(2025, 3, 20), LocalDate.of(2025, 3, 24), Procedure.SIMPLIFIED)));
		Appeal suit = fixtures.as(officer,
				() -> appeals.register(officer,
						new NewAppeal(c.id().value(), AppealKind.LITIGATION, LitigationRoute.DIRECT, Instance.FIRST,
								null, "某县人民法院", null, null, LocalDate.of(2025, 3, 21), LocalDate.of(2025, 3, 24),
								Procedure.ORDINARY)));
		String names = applicant.getUsername();
		matches("appeal-answer", fixtures.as(officer, () -> letters.letter(officer, review, LetterKind.APPEAL_ANSWER)),
				agency, names);
		matches("evidence-list", fixtures.as(officer, () -> letters.letter(officer, review, LetterKind.EVIDENCE_LIST)),
				agency, names);
		matches("litigation-defence",
				fixtures.as(officer, () -> letters.letter(officer, suit, LetterKind.LITIGATION_DEFENCE)), agency,
				names);
	}

	private static void matches(String name, Letter letter, Agency agency, String applicant) throws IOException {
		// the ledger's lines carry the database's time of recording, not the test clock's
		GoldenLetters.assertMatches(name, letter,
				text -> text.replace(agency.code(), "{AGENCY}")
					.replace(applicant, "{APPLICANT}")
					.replaceAll("(?m)^(  \\d+\\. )\\d{4}年\\d{1,2}月\\d{1,2}日 ", "$1{RECORDED ON} "));
	}

}
