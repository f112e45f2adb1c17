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
import org.gongkai.disclosure.casework.AnswerItem;
import org.gongkai.disclosure.casework.CaseStatus;
import org.gongkai.disclosure.casework.Cases;
import org.gongkai.disclosure.casework.DisclosureCase;
import org.gongkai.disclosure.casework.NotHeldAnswer;
import org.gongkai.disclosure.casework.OutcomeNotEarnedException;
import org.gongkai.disclosure.casework.WithheldPart;
import org.gongkai.disclosure.casework.history.CaseLedger;
import org.gongkai.disclosure.casework.history.LedgerAction;
import org.gongkai.disclosure.decisions.Outcome;
import org.gongkai.disclosure.documents.Letter;
import org.gongkai.disclosure.documents.LetterKind;
import org.gongkai.disclosure.reporting.ReportCompiler;
import org.gongkai.disclosure.reporting.ReportTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 12 item 4: a request that asks for several things is answered item by item, the
 * reply sets each item out with its own legal basis, and the report counts the request
 * once, in the row of the documented rule (docs/statute.md#mixed-answers).
 */
@GongkaiIntegrationTest
class MixedAnswersIT {

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

	@Autowired
	Cases cases;

	@Autowired
	ReportCompiler reports;

	@Autowired
	MockMvc mvc;

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
	void disclosedNotExistingAndNotGovernmentInformationMakeOneReplyAndOnePartlyDisclosedCount() {
		DisclosureCase c = fixtures.accepted(applicant, agency, officer, "2024年部门预算；2019年某会议纪要；对征收政策的解释意见");
		clock.setDate(LocalDate.of(2025, 3, 10));
		DisclosureCase drafted = fixtures.as(officer,
				() -> decisions.draft(officer, c.id(), threeItems(LocalDate.of(2025, 3, 7)), "你（单位）的申请包含三项内容。"));
		assertThat(drafted.draftOutcome()).isEqualTo(Outcome.PARTLY_DISCLOSED);

		Letter reply = signedReply(c);
		String body = String.join("\n", reply.paragraphs());
		assertThat(body).contains("你（单位）申请公开的政府信息共3项，逐项答复如下：")
			.contains("1. 2024年部门预算：予以公开。见附件《2024年部门预算》。（《中华人民共和国政府信息公开条例》第三十六条第（二）项）")
			.contains("2. 2019年某会议纪要：经检索，该政府信息不存在。本机关2019年未召开该会议。检索情况：2025年3月7日，李四检索了本局公文管理系统，检索方式：以“会议纪要”为关键词检索。"
					+ "（《中华人民共和国政府信息公开条例》第三十六条第（四）项）")
			.contains("3. 对征收政策的解释意见：不属于政府信息。所询问的是对政策的解释意见，不是本机关已制作或获取的信息。（《中华人民共和国政府信息公开条例》第二条、第三十七条）");
		assertThat(reply.legalBasis()).isEqualTo("《中华人民共和国政府信息公开条例》第三十六条第（二）项、第三十六条第（四）项、第二条、第三十七条");
		// 不属于政府信息 is a withheld part (《条例》第三十七条): 复议 first for it
		assertThat(reply.remedyNotice()).startsWith("对本答复中不予公开的部分不服的，应当先");
		// the search is in the case's record, with its item
		assertThat(ledger.of(c.id())).filteredOn(e -> e.action() == LedgerAction.SEARCH_RECORDED)
			.singleElement()
			.satisfies(e -> assertThat(e.detail()).containsEntry("item", "2019年某会议纪要")
				.containsEntry("searchedOn", "2025-03-07"));

		// counted once, under （二） only
		ReportTable three = sectionThree(2025);
		assertThat(three.row("PARTLY_DISCLOSED").values()).containsExactly(1L, 0L, 0L, 0L, 0L, 0L, 1L);
		for (String other : List.of("DISCLOSED", "UNAVAILABLE_NOT_HELD", "OTHER_OTHER")) {
			assertThat(three.row(other).values()).as(other).containsOnly(0L);
		}
		assertThat(three.row("TOTAL").values()).containsExactly(1L, 0L, 0L, 0L, 0L, 0L, 1L);
	}

	@Test
	void withNothingDisclosedTheRequestCountsInTheFirstRowOfItsItemsAndWithheldItemsGoToReviewFirst() {
		DisclosureCase c = fixtures.accepted(applicant, agency, officer, "某会议纪要；某批复");
		DisclosureCase drafted = fixtures.as(officer, () -> decisions.draft(officer, c.id(),
				List.of(new AnswerItem("某会议纪要", Outcome.UNAVAILABLE_NOT_HELD, "本机关不掌握", NotHeldAnswer.elsewhere()),
						new AnswerItem("某批复", Outcome.WITHHELD_PROCESS_INFORMATION, "属于请示批复过程中的过程性信息", null)),
				"答复如下。"));
		assertThat(drafted.draftOutcome()).isEqualTo(Outcome.WITHHELD_PROCESS_INFORMATION);
		Letter reply = signedReply(c);
		assertThat(String.join("\n", reply.paragraphs()))
			.contains("2. 某批复：不予公开（属于四类过程性信息）。属于请示批复过程中的过程性信息。（《中华人民共和国政府信息公开条例》第三十六条第（三）项、第十六条第二款）");
		// one item not held is not 不予公开: only the withheld item goes to 复议 first
		assertThat(reply.remedyNotice()).startsWith("对本答复中不予公开的部分不服的");
	}

	@Test
	void aPartlyDisclosedReplyMayWithholdAPartAsNotGovernmentInformation() {
		DisclosureCase c = fixtures.accepted(applicant, agency, officer, "预算文件及对征收政策的解释意见");
		fixtures.as(officer,
				() -> decisions.draft(officer, c.id(), Outcome.PARTLY_DISCLOSED, "预算文件予以公开，见附件", null, null,
						List.of(new WithheldPart("对征收政策的解释意见", AnswerItem.NOT_GOVERNMENT_INFORMATION,
								"所询问的是对政策的解释意见，不是本机关已制作或获取的信息")),
						null));
		Letter reply = signedReply(c);
		assertThat(String.join("\n", reply.paragraphs()))
			.contains("1. 对征收政策的解释意见：所询问的是对政策的解释意见，不是本机关已制作或获取的信息（不属于政府信息，《条例》第二条、第三十七条）");
		assertThat(cases.withheldParts(c.id())).singleElement()
			.satisfies(w -> assertThat(w.notGovernmentInformation()).isTrue());
		assertThatThrownBy(() -> new WithheldPart("甲", Outcome.NOT_PROCESSED_REPEATED, "重复"))
			.hasMessageContaining("不予公开的理由");
	}

	@Test
	void eachItemMustEarnItsResultAndTheItemsStayTheItemsOfThisRequest() {
		DisclosureCase c = fixtures.accepted(applicant, agency, officer, "两项内容");
		// 重复申请 needs the linked earlier answer for an item as for a request
		assertThatThrownBy(() -> draft(c,
				List.of(new AnswerItem("甲", Outcome.DISCLOSED, "见附件", null),
						new AnswerItem("乙", Outcome.NOT_PROCESSED_REPEATED, "已答复过", null))))
			.isInstanceOf(OutcomeNotEarnedException.class)
			.hasMessageContaining("重复申请");
		// 信息不存在 needs the search record, made for this request
		assertThatThrownBy(() -> new AnswerItem("乙", Outcome.UNAVAILABLE_NOT_HELD, "不存在",
				new NotHeldAnswer(NotHeldAnswer.Kind.DOES_NOT_EXIST, null, null, null, null)))
			.hasMessageContaining("须有检索记录");
		assertThatThrownBy(() -> draft(c,
				List.of(new AnswerItem("甲", Outcome.DISCLOSED, "见附件", null),
						new AnswerItem("乙", Outcome.UNAVAILABLE_NOT_HELD, "不存在", search(LocalDate.of(2025, 3, 1))))))
			.hasMessageContaining("检索日期须在收到申请之日（2025-03-03）至今天之间");
		assertThatThrownBy(() -> draft(c, List.of(new AnswerItem("甲", Outcome.DISCLOSED, "见附件", null))))
			.hasMessageContaining("至少两项");
		assertThatThrownBy(() -> draft(c,
				List.of(new AnswerItem("甲", Outcome.DISCLOSED, "见附件", null),
						new AnswerItem("甲", AnswerItem.NOT_GOVERNMENT_INFORMATION, "咨询", null))))
			.hasMessageContaining("不得重复");
		assertThatThrownBy(() -> new AnswerItem("甲", Outcome.PARTLY_DISCLOSED, "部分", null))
			.hasMessageContaining("针对整个申请");
		assertThat(cases.byId(c.id()).orElseThrow().status()).isEqualTo(CaseStatus.IN_PROGRESS);
		assertThat(cases.answerItems(c.id())).isEmpty();
	}

	@Test
	void theApiTakesItemsAndAnswersAProblemForABadOne() throws Exception {
		DisclosureCase c = fixtures.accepted(applicant, agency, officer, "两项内容");
		mvc.perform(post("/api/cases/" + c.id() + "/decision").with(csrf())
			.with(user(officer))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"replyText":"答复如下","items":[{"item":"甲","result":"DISCLOSED","explanation":"见附件"},
					 {"item":"乙","explanation":"不存在"}]}"""))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("请选择“乙”的答复结果"));
		mvc.perform(post("/api/cases/" + c.id() + "/decision").with(csrf())
			.with(user(officer))
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"""
							{"outcome":"DISCLOSED","replyText":"答复如下","items":[{"item":"甲","result":"DISCLOSED","explanation":"见附件"},
							 {"item":"乙","result":"OTHER_OTHER","explanation":"咨询意见"}]}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("办理结果按各项结果确定")));
		mvc.perform(post("/api/cases/" + c.id() + "/decision").with(csrf())
			.with(user(officer))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"replyText":"答复如下","items":[{"item":"甲","result":"DISCLOSED","explanation":"见附件"},
					 {"item":"乙","result":"OTHER_OTHER","explanation":"咨询意见"}]}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UNDER_REVIEW"));
		assertThat(cases.answerItems(c.id())).extracting(AnswerItem::label).containsExactly("予以公开", "不属于政府信息");
	}

	@Test
	void thePageKeepsTheRowsAsTypedWhenADraftIsRefused() throws Exception {
		DisclosureCase c = fixtures.accepted(applicant, agency, officer, "两项内容");
		var refused = mvc
			.perform(post("/officer/cases/" + c.id() + "/decision/items").with(csrf())
				.with(user(officer))
				.param("replyText", "答复如下")
				.param("itemName", "2024年部门预算", "2019年会议纪要")
				.param("itemResult", "DISCLOSED", "UNAVAILABLE_NOT_HELD")
				.param("itemExplanation", "见附件", "经检索不存在")
				.param("itemNotHeldKind", "", "DOES_NOT_EXIST")
				.param("itemSearchedWhere", "", "公文管理系统")
				.param("itemSearchedHow", "", "")
				.param("itemSearchedBy", "", "李四")
				.param("itemSearchedOn", "", "2025-03-03"))
			.andExpect(flash().attribute("itemsError", containsString("第2项：答复信息不存在的，须有检索记录")))
			.andReturn();
		mvc.perform(get("/officer/cases/" + c.id()).with(user(officer)).flashAttrs(refused.getFlashMap()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("第2项：答复信息不存在的，须有检索记录")))
			.andExpect(content().string(containsString("value=\"2019年会议纪要\"")))
			.andExpect(content().string(containsString("value=\"公文管理系统\"")));
		assertThat(cases.byId(c.id()).orElseThrow().status()).isEqualTo(CaseStatus.IN_PROGRESS);

		mvc.perform(post("/officer/cases/" + c.id() + "/decision/items").with(csrf())
			.with(user(officer))
			.param("replyText", "答复如下")
			.param("itemName", "2024年部门预算", "2019年会议纪要")
			.param("itemResult", "DISCLOSED", "UNAVAILABLE_NOT_HELD")
			.param("itemExplanation", "见附件", "经检索不存在")
			.param("itemNotHeldKind", "", "DOES_NOT_EXIST")
			.param("itemSearchedWhere", "", "公文管理系统")
			.param("itemSearchedHow", "", "以“会议纪要”为关键词检索")
			.param("itemSearchedBy", "", "李四")
			.param("itemSearchedOn", "", "2025-03-03")).andExpect(flash().attribute("message", "逐项答复意见已提交法制审核"));
		assertThat(cases.byId(c.id()).orElseThrow().draftOutcome()).isEqualTo(Outcome.PARTLY_DISCLOSED);
		// the legal reviewer reviews the items as the reply will print them
		GongkaiUser reviewer = fixtures.officer(agency, Role.LEGAL_REVIEWER);
		mvc.perform(get("/officer/cases/" + c.id()).with(user(reviewer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2019年会议纪要：经检索，该政府信息不存在。经检索不存在。检索情况：")));
	}

	private static List<AnswerItem> threeItems(LocalDate searchedOn) {
		return List.of(new AnswerItem("2024年部门预算", Outcome.DISCLOSED, "见附件《2024年部门预算》", null),
				new AnswerItem("2019年某会议纪要", Outcome.UNAVAILABLE_NOT_HELD, "本机关2019年未召开该会议", search(searchedOn)),
				new AnswerItem("对征收政策的解释意见", AnswerItem.NOT_GOVERNMENT_INFORMATION, "所询问的是对政策的解释意见，不是本机关已制作或获取的信息",
						null));
	}

	private static NotHeldAnswer search(LocalDate on) {
		return new NotHeldAnswer(NotHeldAnswer.Kind.DOES_NOT_EXIST, "本局公文管理系统", "以“会议纪要”为关键词检索", "李四", on);
	}

	private DisclosureCase draft(DisclosureCase c, List<AnswerItem> items) {
		return fixtures.as(officer, () -> decisions.draft(officer, c.id(), items, "答复如下"));
	}

	private Letter signedReply(DisclosureCase c) {
		GongkaiUser reviewer = fixtures.officer(agency, Role.LEGAL_REVIEWER);
		GongkaiUser head = fixtures.officer(agency, Role.HEAD_OF_OFFICE);
		fixtures.as(reviewer, () -> decisions.review(reviewer, c.id(), true, null));
		fixtures.as(head, () -> decisions.signOff(head, c.id(), true, null));
		fixtures.runDueJobs();
		return fixtures.as(officer, () -> letters.letter(officer, c.id(), LetterKind.REPLY));
	}

	private ReportTable sectionThree(int year) {
		clock.reset(); // the report's year must have begun by the (test) clock
		return fixtures.as(officer, () -> reports.compile(officer, agency.code(), year))
			.sections()
			.stream()
			.filter(t -> t.section().equals("三"))
			.findFirst()
			.orElseThrow();
	}

}
