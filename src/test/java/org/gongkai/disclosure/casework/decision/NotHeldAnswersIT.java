package org.gongkai.disclosure.casework.decision;

import java.time.LocalDate;
import java.util.List;

import org.gongkai.disclosure.Fixtures;
import org.gongkai.disclosure.GongkaiIntegrationTest;
import org.gongkai.disclosure.TestClock;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.accounts.Role;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.applicants.ApplicantCategory;
import org.gongkai.disclosure.casework.DisclosureCase;
import org.gongkai.disclosure.casework.NotHeldAnswer;
import org.gongkai.disclosure.casework.history.CaseLedger;
import org.gongkai.disclosure.casework.history.LedgerAction;
import org.gongkai.disclosure.casework.history.LedgerEntry;
import org.gongkai.disclosure.decisions.Outcome;
import org.gongkai.disclosure.documents.Letter;
import org.gongkai.disclosure.documents.LetterKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 12 item 3: 信息不存在 (《条例》第三十六条第（四）项) and 非本机关 (第（五）项) share the report row （四）1 but
 * not their letter: each has its own text and legal basis, the first rests on a search
 * record kept in the case's record (docs/statute.md#not-held).
 */
@GongkaiIntegrationTest
class NotHeldAnswersIT {

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestClock clock;

	@Autowired
	CaseDecisions decisions;

	@Autowired
	CaseLetters letters;

	@Autowired
	CaseLedger ledger;

	private Agency agency;

	private GongkaiUser officer;

	private GongkaiUser applicant;

	@BeforeEach
	void setUp() {
		agency = fixtures.agency();
		officer = fixtures.officer(agency, Role.CASE_OFFICER);
		applicant = fixtures.applicant(ApplicantCategory.NATURAL_PERSON);
		clock.setDate(LocalDate.of(2025, 3, 3));
	}

	@Test
	void notHeldMustSayWhichAnswerAndADoesNotExistAnswerNeedsItsSearch() {
		DisclosureCase c = fixtures.accepted(applicant, agency, officer, "某河道2019年采砂许可证");
		assertThatThrownBy(() -> draft(c, null, null)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("信息不存在（《条例》第三十六条第（四）项）还是不属于本机关负责公开");
		assertThatThrownBy(() -> new NotHeldAnswer(NotHeldAnswer.Kind.DOES_NOT_EXIST, "公文管理系统", null, "李四",
				LocalDate.of(2025, 3, 4)))
			.hasMessageContaining("须有检索记录");
		assertThatThrownBy(() -> draft(c, search(LocalDate.of(2025, 3, 1)), null))
			.hasMessageContaining("检索日期须在收到申请之日（2025-03-03）至今天之间");
		assertThatThrownBy(() -> fixtures.as(officer, () -> decisions.draft(officer, c.id(), Outcome.DISCLOSED, "公开",
				null, null, List.of(), NotHeldAnswer.elsewhere())))
			.hasMessageContaining("只有“本机关不掌握相关政府信息”时");
		assertThatThrownBy(() -> draft(c, search(LocalDate.of(2025, 3, 3)), new String[] { "示范县水利局", "0000-1" }))
			.hasMessageContaining("只有答复不属于本机关负责公开");
	}

	@Test
	void aDoesNotExistReplyPrintsTheSearchAndCitesArticle36Item4() {
		DisclosureCase c = fixtures.accepted(applicant, agency, officer, "某河道2019年采砂许可证");
		clock.setDate(LocalDate.of(2025, 3, 10));
		draft(c, search(LocalDate.of(2025, 3, 7)), null);
		Letter reply = signedReply(c);
		assertThat(String.join("\n", reply.paragraphs()))
			.contains("经检索，本机关没有你（单位）申请公开的政府信息，该政府信息不存在（《中华人民共和国政府信息公开条例》第三十六条第（四）项）")
			.contains("检索情况：2025年3月7日，李四检索了本局公文管理系统、档案室2019—2025年文书档案，检索方式：以“采砂许可”为关键词检索")
			.doesNotContain("不属于本机关负责公开");
		assertThat(reply.legalBasis()).isEqualTo("《中华人民共和国政府信息公开条例》第三十六条第（四）项");
		// the search is in the case's record: evidence if the answer is appealed
		assertThat(ledger.of(c.id())).filteredOn(e -> e.action() == LedgerAction.SEARCH_RECORDED)
			.singleElement()
			.satisfies(e -> {
				assertThat(e.legalBasis()).isEqualTo("《条例》第三十六条第（四）项");
				assertThat(e.detail()).containsEntry("searchedBy", "李四").containsEntry("searchedOn", "2025-03-07");
			});
	}

	@Test
	void aNotThisAgencyReplyNamesTheHolderAndCitesArticle36Item5() {
		DisclosureCase c = fixtures.accepted(applicant, agency, officer, "某河道采砂许可证");
		draft(c, NotHeldAnswer.elsewhere(), new String[] { "示范县水利局", "0571-7654321" });
		Letter reply = signedReply(c);
		assertThat(String.join("\n", reply.paragraphs()))
			.contains("你（单位）申请公开的政府信息不属于本机关负责公开（《中华人民共和国政府信息公开条例》第三十六条第（五）项）")
			.contains("该政府信息由示范县水利局负责公开，联系方式：0571-7654321")
			.doesNotContain("不存在");
		assertThat(reply.legalBasis()).isEqualTo("《中华人民共和国政府信息公开条例》第三十六条第（五）项");
		assertThat(ledger.of(c.id())).extracting(LedgerEntry::action).doesNotContain(LedgerAction.SEARCH_RECORDED);
	}

	private static NotHeldAnswer search(LocalDate on) {
		return new NotHeldAnswer(NotHeldAnswer.Kind.DOES_NOT_EXIST, "本局公文管理系统、档案室2019—2025年文书档案", "以“采砂许可”为关键词检索", "李四",
				on);
	}

	private void draft(DisclosureCase c, NotHeldAnswer notHeld, String[] referral) {
		fixtures.as(officer, () -> decisions.draft(officer, c.id(), Outcome.UNAVAILABLE_NOT_HELD, "答复：本机关不掌握该信息",
				referral == null ? null : referral[0], referral == null ? null : referral[1], List.of(), notHeld));
	}

	private Letter signedReply(DisclosureCase c) {
		GongkaiUser reviewer = fixtures.officer(agency, Role.LEGAL_REVIEWER);
		GongkaiUser head = fixtures.officer(agency, Role.HEAD_OF_OFFICE);
		fixtures.as(reviewer, () -> decisions.review(reviewer, c.id(), true, null));
		fixtures.as(head, () -> decisions.signOff(head, c.id(), true, null));
		fixtures.runDueJobs();
		return fixtures.as(officer, () -> letters.letter(officer, c.id(), LetterKind.REPLY));
	}

}
