package org.gongkai.disclosure.casework.decision;

import org.gongkai.disclosure.Fixtures;
import org.gongkai.disclosure.GongkaiIntegrationTest;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.accounts.Role;
import org.gongkai.disclosure.agencies.Agencies;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.agencies.AgencyKind;
import org.gongkai.disclosure.agencies.AgencyParticulars;
import org.gongkai.disclosure.applicants.ApplicantCategory;
import org.gongkai.disclosure.casework.DisclosureCase;
import org.gongkai.disclosure.decisions.Outcome;
import org.gongkai.disclosure.documents.LetterKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12 item 5: the reply's remedy notice names the agency's 复议机关 and court, and a
 * 不予公开 answer — the withheld parts of a 部分公开 one included — goes to 复议 first
 * (docs/statute.md#review-first, docs/statute.md#remedy-organs).
 */
@GongkaiIntegrationTest
class RemedyNoticeIT {

	@Autowired
	Fixtures fixtures;

	@Autowired
	Agencies agencies;

	@Autowired
	CaseLetters letters;

	private Agency county;

	private GongkaiUser officer;

	private GongkaiUser applicant;

	@BeforeEach
	void setUp() {
		county = fixtures.agency();
		agencies.saveParticulars(new AgencyParticulars(county.id(), AgencyKind.GOVERNMENT, null, null, "示范市人民政府",
				"示范市中级人民法院", false, null));
		officer = fixtures.officer(county, Role.CASE_OFFICER);
		applicant = fixtures.applicant(ApplicantCategory.NATURAL_PERSON);
	}

	@Test
	void aPartlyDisclosedReplyTellsTheApplicantToSeekReviewFirstForTheWithheldParts() {
		String notice = replyNotice(county, Outcome.PARTLY_DISCLOSED);
		assertThat(notice).contains("对本答复中不予公开的部分不服的，应当先自收到本答复之日起60日内向示范市人民政府申请行政复议")
			.contains("自收到行政复议决定书之日起15日内向示范市中级人民法院提起行政诉讼")
			.contains("《中华人民共和国行政复议法》第二十三条")
			.contains("对本答复其他内容不服的，可以自收到本答复之日起60日内向示范市人民政府申请行政复议，或者自收到本答复之日起6个月内向示范市中级人民法院提起行政诉讼");
	}

	@Test
	void aWithheldReplyGoesToReviewFirstAndADisclosureMayGoEitherWay() {
		assertThat(replyNotice(county, Outcome.WITHHELD_INTERNAL_AFFAIRS))
			.startsWith("本答复为不予公开政府信息的决定。如对本答复不服，应当先自收到本答复之日起60日内向示范市人民政府申请行政复议")
			.doesNotContain("6个月");
		assertThat(replyNotice(county, Outcome.DISCLOSED))
			.isEqualTo("如对本答复不服，可以自收到本答复之日起60日内向示范市人民政府申请行政复议，或者自收到本答复之日起6个月内向示范市中级人民法院提起行政诉讼。")
			.doesNotContain("应当先");
	}

	@Test
	void withoutParticularsAGovernmentNamesTheGovernmentAboveAndADepartmentItsOwnGovernment() {
		Agency government = fixtures.agency();
		assertThat(agencies.remedyOrgans(government.id()).reviewBody()).isEqualTo("上一级人民政府");
		assertThat(agencies.remedyOrgans(government.id()).court()).isEqualTo("有管辖权的中级人民法院");
		Agency department = fixtures.department(county);
		agencies.saveParticulars(
				new AgencyParticulars(department.id(), AgencyKind.DEPARTMENT, null, null, null, null, false, null));
		assertThat(agencies.remedyOrgans(department.id()).reviewBody()).isEqualTo(county.name());
		assertThat(agencies.remedyOrgans(department.id()).named()).isFalse();
		assertThat(agencies.remedyOrgans(county.id()).named()).isTrue();
	}

	private String replyNotice(Agency agency, Outcome outcome) {
		DisclosureCase c = fixtures.submit(applicant, agency, "2025年本县财政预算执行情况");
		fixtures.answer(officer, c.id(), outcome, "答复：" + outcome.plainLabel());
		return fixtures.as(officer, () -> letters.letter(officer, c.id(), LetterKind.REPLY)).remedyNotice();
	}

}
