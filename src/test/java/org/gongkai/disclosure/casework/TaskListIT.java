package org.gongkai.disclosure.casework;

import java.time.LocalDate;
import java.util.List;

import org.gongkai.disclosure.Fixtures;
import org.gongkai.disclosure.GongkaiIntegrationTest;
import org.gongkai.disclosure.TestClock;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.accounts.Role;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.applicants.ApplicantCategory;
import org.gongkai.disclosure.casework.intake.NewRequest;
import org.gongkai.disclosure.casework.intake.RequestIntake;
import org.gongkai.disclosure.casework.views.OfficeTaskList;
import org.gongkai.disclosure.shared.Paging;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The task list: most urgent first by the due date kept on the case, a page at a time.
 */
@GongkaiIntegrationTest
class TaskListIT {

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestClock clock;

	@Autowired
	RequestIntake intake;

	@Autowired
	OfficeTaskList taskList;

	@Autowired
	MockMvc mvc;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void mostUrgentFirstOnePageAtATime() throws Exception {
		Agency agency = fixtures.agency();
		GongkaiUser officer = fixtures.officer(agency, Role.CASE_OFFICER);
		GongkaiUser applicant = fixtures.applicant(ApplicantCategory.NATURAL_PERSON);
		DisclosureCase late = file(applicant, agency, LocalDate.of(2024, 9, 2));
		DisclosureCase early = file(applicant, agency, LocalDate.of(2024, 9, 20));
		DisclosureCase middle = file(applicant, agency, LocalDate.of(2024, 9, 10));
		clock.setDate(LocalDate.of(2024, 9, 25));

		List<OfficeTaskList.Row> tasks = fixtures
			.as(officer,
					() -> taskList.page(officer, OfficeTaskList.Filter.NONE, new Paging(0, OfficeTaskList.PER_PAGE)))
			.rows();
		assertThat(tasks).extracting(OfficeTaskList.Row::reference)
			.containsExactly(late.reference(), middle.reference(), early.reference());
		assertThat(tasks).extracting(t -> t.urgency().dueOn()).isSorted();
		mvc.perform(get("/api/tasks").with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].reference").value(late.reference()))
			.andExpect(jsonPath("$.length()").value(3));
		mvc.perform(get("/api/tasks?page=1").with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(0));
		mvc.perform(get("/api/tasks?page=-1").with(user(officer))).andExpect(status().isBadRequest());
		mvc.perform(get("/officer/tasks").with(user(officer))).andExpect(status().isOk());
	}

	private DisclosureCase file(GongkaiUser applicant, Agency agency, LocalDate on) {
		clock.setDate(on);
		return fixtures.as(applicant, () -> intake.submitOnline(applicant,
				new NewRequest(agency.code(), "本县道路改造工程的立项批复 " + on, RequestedForm.ELECTRONIC, DeliveryMethod.ONLINE)));
	}

}
