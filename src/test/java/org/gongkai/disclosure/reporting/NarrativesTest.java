package org.gongkai.disclosure.reporting;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.gongkai.disclosure.applicants.ApplicantCategory;
import org.gongkai.disclosure.decisions.Outcome;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The drafted narratives (issue 12 item 8). */
class NarrativesTest {

	private static Cells cells() {
		UUID agency = UUID.randomUUID();
		CaseCounts counts = new CaseCounts(SectionThree.measures());
		counts.add(agency, ApplicantCategory.NATURAL_PERSON, Outcome.DISCLOSED, CaseMeasure.RECEIVED, 4);
		counts.add(agency, ApplicantCategory.NATURAL_PERSON, Outcome.DISCLOSED, CaseMeasure.CLOSED, 3);
		return new Cells(new ReportData(2025, List.of(new ReportData.ScopedAgency(agency, "T", "测试县")), counts,
				Map.of(), List.of()));
	}

	@Test
	void theOverviewDraftCoversTheFiveSubjectsOfThe2021FormatInOrder() {
		String draft = Narratives.draft("一", 2025, cells(), "测试县人民政府");
		List<String> subjects = List.of("（一）主动公开", "（二）依申请公开", "（三）政府信息管理", "（四）政府信息公开平台建设", "（五）监督保障");
		int at = -1;
		for (String subject : subjects) {
			int next = draft.indexOf(subject);
			assertThat(next).as(subject).isGreaterThan(at);
			at = next;
		}
		assertThat(draft).contains("本年新收政府信息公开申请4件", "本年办结3件，其中予以公开3件");
		// what the records cannot know is left for the agency to write, and marked so
		assertThat(Narratives.placeholdersIn(draft)).containsExactly("……", "（请填写");
	}

	@Test
	void aTextWithoutPlaceholdersHasNone() {
		assertThat(Narratives.placeholdersIn("本年度政府信息公开工作总体情况良好。")).isEmpty();
		assertThat(Narratives.placeholdersIn(Narratives.draft("五", 2025, cells(), "测试县"))).contains("……", "（草稿");
	}

}
