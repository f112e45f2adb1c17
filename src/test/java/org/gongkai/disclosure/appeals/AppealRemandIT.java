package org.gongkai.disclosure.appeals;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.gongkai.disclosure.Fixtures;
import org.gongkai.disclosure.GongkaiIntegrationTest;
import org.gongkai.disclosure.TestClock;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.accounts.Role;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.appeals.handling.AppealHandling;
import org.gongkai.disclosure.appeals.handling.AppealResultMappings;
import org.gongkai.disclosure.applicants.ApplicantCategory;
import org.gongkai.disclosure.casework.DisclosureCase;
import org.gongkai.disclosure.decisions.Outcome;
import org.gongkai.disclosure.reporting.ReportCompiler;
import org.gongkai.disclosure.reporting.SectionFour;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * 二审发回重审 (行政诉讼法 art 89 ¶1 (三)(四), issue 12 item 7) through the real services, processes
 * and the report: a suit after 复议 whose second instance sends it back, the retrial
 * registered as a new first instance, its judgment and its own appeal — counted in
 * section 四 as ONE suit of the original first instance's column (国办公开办函〔2016〕201号: by
 * case, not by instance), 尚未审结 while any instance of the chain is open, and then with the
 * result of the decision that ends it; and the registrations and decisions the law does
 * not allow, refused.
 */
@GongkaiIntegrationTest
class AppealRemandIT {

	/** Section 四's 15 values: 行政复议, 未经复议直接起诉, 复议后起诉 × 维持 纠正 其他 尚未审结 总计. */
	private static final int SUIT_AFTER_REVIEW = 10;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestClock clock;

	@Autowired
	AppealHandling handling;

	@Autowired
	Appeals appeals;

	@Autowired
	AppealResultMappings mappings;

	@Autowired
	ReportCompiler reports;

	@Autowired
	JdbcClient jdbc;

	private Agency agency;

	private GongkaiUser officer;

	private DisclosureCase request;

	@BeforeEach
	void setUp() {
		agency = fixtures.agency();
		officer = fixtures.officer(agency, Role.CASE_OFFICER);
		GongkaiUser person = fixtures.applicant(ApplicantCategory.NATURAL_PERSON);
		request = fixtures.submitOn(LocalDate.of(2025, 3, 3), person, agency);
		fixtures.answerOn(LocalDate.of(2025, 3, 4), officer, request.id(), Outcome.UNAVAILABLE_NOT_HELD);
	}

	@Test
	void aRemandedSuitIsOneCasePendingUntilTheRetrialEndsAndThenCountsWithItsFinalDecision() {
		Appeal review = review("2025-03-20", "2025-03-24");
		decide(review, DecisionType.REVIEW_UPHELD, "2025-04-21");
		Appeal first = suit(Instance.FIRST, review, "2025-05-06", "2025-05-08");
		decide(first, DecisionType.JUDGMENT_CLAIM_REJECTED, "2025-07-01");
		Appeal second = suit(Instance.SECOND, first, "2025-07-14", "2025-07-16");
		assertThat(suitsAfterReview(2025)).containsExactly(0L, 0L, 0L, 1L, 1L);

		decide(second, DecisionType.APPEAL_REMANDED, "2025-09-01");
		// the remand ends nothing: the suit waits for the retrial, even before it is
		// registered
		assertThat(standing(first)).isEqualTo(new Standing(null, null, null));
		assertThat(suitsAfterReview(2025)).containsExactly(0L, 0L, 0L, 1L, 1L);

		Appeal retrial = suit(Instance.FIRST, second, "2025-10-09", "2025-10-13");
		assertThat(retrial.predecessorId()).isEqualTo(second.id());
		// 2025: the retrial is open at year end — one suit, 尚未审结; the 复议 (维持) in its own
		// column
		assertThat(sectionFour(2025)).containsExactly(1L, 0L, 0L, 0L, 1L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 1L, 1L);
		assertThat(countedRows()).containsExactlyInAnyOrder(review.id().value(), first.id().value());

		decide(retrial, DecisionType.JUDGMENT_DECLARED_UNLAWFUL, "2026-02-10");
		assertThat(standing(first))
			.isEqualTo(new Standing("JUDGMENT_DECLARED_UNLAWFUL", LocalDate.of(2026, 2, 10), "CORRECTED"));
		assertThat(suitsAfterReview(2026)).containsExactly(0L, 1L, 0L, 0L, 1L);

		// the retrial's judgment is appealed in turn: pending again until that appeal
		// ends
		Appeal secondAgain = suit(Instance.SECOND, retrial, "2026-02-24", "2026-02-26");
		assertThat(suitsAfterReview(2026)).containsExactly(0L, 0L, 0L, 1L, 1L);
		// 行政诉讼法 art 89 ¶2: after the retrial's judgment the second instance may not send
		// it back again
		assertThatThrownBy(() -> decide(secondAgain, DecisionType.APPEAL_REMANDED, "2026-05-06"))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("不得再次发回重审");
		decide(secondAgain, DecisionType.APPEAL_DISMISSED, "2026-05-06");

		// one suit, ended by the dismissal of the appeal with the retrial's result (驳回上诉
		// keeps it), in the column of the original first instance; filed in 2025, so 2025
		// still shows it 尚未审结
		assertThat(standing(first))
			.isEqualTo(new Standing("JUDGMENT_DECLARED_UNLAWFUL", LocalDate.of(2026, 5, 6), "CORRECTED"));
		assertThat(sectionFour(2026)).containsExactly(0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 1L, 0L, 0L, 1L);
		assertThat(sectionFour(2025)).containsExactly(1L, 0L, 0L, 0L, 1L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 1L, 1L);
		assertThat(countedRows()).containsExactlyInAnyOrder(review.id().value(), first.id().value());
	}

	@Test
	void aRetrialNeedsASecondInstanceThatRemandedAndOnlyOneRetrialPerRemand() {
		Appeal first = suit(LitigationRoute.DIRECT, Instance.FIRST, null, "2025-04-01", "2025-04-03");
		// 发回重审 is a second instance's ruling only
		assertThatThrownBy(() -> decide(first, DecisionType.APPEAL_REMANDED, "2025-06-02"))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("不适用");
		assertThat(appeals.byId(first.id()).orElseThrow().status()).isEqualTo(AppealStatus.AWAITING_ANSWER);
		decide(first, DecisionType.JUDGMENT_CLAIM_REJECTED, "2025-06-02");
		Appeal second = suit(LitigationRoute.DIRECT, Instance.SECOND, first, "2025-06-16", "2025-06-18");
		int before = count();

		// a first instance naming a second instance that has not remanded (still pending)
		assertThatThrownBy(() -> suit(LitigationRoute.DIRECT, Instance.FIRST, second, "2025-07-01", "2025-07-02"))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("发回重审的二审");
		// nor a first instance naming another first instance
		assertThatThrownBy(() -> suit(LitigationRoute.DIRECT, Instance.FIRST, first, "2025-07-01", "2025-07-02"))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("一审只能关联");
		assertThat(count()).isEqualTo(before);

		decide(second, DecisionType.APPEAL_REMANDED, "2025-09-01");
		// the retrial keeps the suit's route
		assertThatThrownBy(() -> suit(LitigationRoute.AFTER_REVIEW, Instance.FIRST, second, "2025-09-15", "2025-09-16"))
			.isInstanceOf(IllegalArgumentException.class);
		Appeal retrial = suit(LitigationRoute.DIRECT, Instance.FIRST, second, "2025-09-15", "2025-09-16");
		assertThat(retrial.reference()).isEqualTo(request.reference() + "-SS3");
		// one retrial per remand
		assertThatThrownBy(() -> suit(LitigationRoute.DIRECT, Instance.FIRST, second, "2025-09-20", "2025-09-22"))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("已登记重审");
		assertThat(count()).isEqualTo(before + 1);
		// pending at year end as one 未经复议直接起诉
		assertThat(sectionFour(2025)).containsExactly(0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 1L, 1L, 0L, 0L, 0L, 0L, 0L);
	}

	@Test
	void theRemandHasNoResultColumnOfItsOwn() {
		assertThat(DecisionType.APPEAL_REMANDED.hasOwnResult()).isFalse();
		assertThat(mappings.results()).doesNotContainKey(DecisionType.APPEAL_REMANDED)
			.containsKey(DecisionType.APPEAL_DISMISSED);
		GongkaiUser admin = fixtures.officer(agency, Role.ADMINISTRATOR);
		assertThatThrownBy(() -> fixtures.as(admin,
				() -> mappings.change(admin, DecisionType.APPEAL_REMANDED, AppealResult.OTHER)))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("不单独统计");
	}

	// ---------------------------------------------------------------------------------------------------------

	/**
	 * The decision that stands for the counted row of {@code suit}, as the report reads
	 * it.
	 */
	record Standing(String decisionType, LocalDate decidedOn, String resultCategory) {
	}

	private Standing standing(Appeal suit) {
		return jdbc.sql("select decision_type, decided_on, result_category from appeal_report where id = ?")
			.param(suit.id().value())
			.query((rs, n) -> new Standing(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getString(3)))
			.single();
	}

	/** The appeals of the request that the report counts (one row each). */
	private List<UUID> countedRows() {
		return jdbc.sql("select id from appeal_report where case_reference = ?")
			.param(request.reference())
			.query(UUID.class)
			.list();
	}

	private List<Long> sectionFour(int year) {
		return fixtures.as(officer, () -> reports.compile(officer, agency.code(), year))
			.sections()
			.stream()
			.filter(t -> t.section().equals(SectionFour.SECTION))
			.findFirst()
			.orElseThrow()
			.row(SectionFour.ROW_KEY)
			.values();
	}

	/** 复议后起诉: 结果维持, 结果纠正, 其他结果, 尚未审结, 总计. */
	private List<Long> suitsAfterReview(int year) {
		return sectionFour(year).subList(SUIT_AFTER_REVIEW, SUIT_AFTER_REVIEW + 5);
	}

	private int count() {
		return jdbc.sql("select count(*) from appeal where case_id = ?")
			.param(request.id().value())
			.query(Integer.class)
			.single();
	}

	private Appeal review(String filedOn, String copyOn) {
		return register(new NewAppeal(request.id().value(), AppealKind.REVIEW, null, null, null, "某县人民政府", null, null,
				LocalDate.parse(filedOn), LocalDate.parse(copyOn), Procedure.SIMPLIFIED), copyOn);
	}

	/**
	 * A suit after review: its first instance follows the 复议, any other instance its
	 * predecessor.
	 */
	private Appeal suit(Instance instance, Appeal predecessor, String filedOn, String copyOn) {
		return suit(LitigationRoute.AFTER_REVIEW, instance, predecessor, filedOn, copyOn);
	}

	private Appeal suit(LitigationRoute route, Instance instance, Appeal predecessor, String filedOn, String copyOn) {
		return register(new NewAppeal(request.id().value(), AppealKind.LITIGATION, route, instance,
				predecessor == null ? null : predecessor.id().value(),
				instance == Instance.FIRST ? "某县人民法院" : "某市中级人民法院", null, false, LocalDate.parse(filedOn),
				LocalDate.parse(copyOn), Procedure.ORDINARY), copyOn);
	}

	private Appeal register(NewAppeal in, String on) {
		clock.setDate(LocalDate.parse(on));
		return as(() -> handling.register(officer, in));
	}

	/** Decided and received the same day. */
	private void decide(Appeal a, DecisionType type, String on) {
		clock.setDate(LocalDate.parse(on));
		as(() -> handling.decide(officer, a.id(), type, LocalDate.parse(on), LocalDate.parse(on)));
		fixtures.runDueJobs();
	}

	private <T> T as(Supplier<T> action) {
		return fixtures.as(officer, action);
	}

}
