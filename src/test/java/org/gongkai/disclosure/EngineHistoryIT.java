package org.gongkai.disclosure;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.accounts.Role;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.applicants.ApplicantCategory;
import org.gongkai.disclosure.casework.DisclosureCase;
import org.gongkai.disclosure.casework.process.DisclosureRequestProcess;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine keeps AUDIT's history without the task instances ({@link EngineHistory}): a
 * step done at a user task is in the activity history, with its task; no task-instance
 * row is written.
 */
@GongkaiIntegrationTest
class EngineHistoryIT {

	@Autowired
	Fixtures fixtures;

	@Autowired
	ProcessEngine engine;

	@Autowired
	HistoryService history;

	@Test
	void aScreenedRequestsStepIsInTheActivityHistoryAndNoTaskInstanceIsKept() {
		HistoryLevel level = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
			.getHistoryLevel();
		assertThat(level.getName()).isEqualTo(EngineHistory.LEVEL);
		assertThat(level.getId()).isEqualTo(HistoryLevel.HISTORY_LEVEL_AUDIT.getId());

		Agency agency = fixtures.agency();
		GongkaiUser officer = fixtures.officer(agency, Role.CASE_OFFICER);
		DisclosureCase accepted = fixtures.accepted(fixtures.applicant(ApplicantCategory.NATURAL_PERSON), agency,
				officer, "本县2024年城区供水管网改造项目的立项批复");
		String instance = history.createHistoricProcessInstanceQuery()
			.processDefinitionKey(DisclosureRequestProcess.KEY)
			.processInstanceBusinessKey(accepted.reference())
			.singleResult()
			.getId();

		assertThat(history.createHistoricActivityInstanceQuery()
			.processInstanceId(instance)
			.activityType("userTask")
			.list()).as("the screening, done, and the decision, open")
			.hasSize(2)
			.filteredOn(step -> step.getEndTime() != null)
			.extracting(HistoricActivityInstance::getActivityId)
			.containsExactly(DisclosureRequestProcess.Elements.TASK_SCREEN);
		assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(instance).count()).isZero();
		assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance).count()).isPositive();
	}

}
