package org.gongkai.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.HistoryLevelAudit;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;

import org.springframework.stereotype.Component;

/**
 * The engine's history level {@value #LEVEL} ({@code camunda.bpm.history-level}):
 * Camunda's {@code AUDIT} without the task instances ({@code ACT_HI_TASKINST}). The case
 * ledger is the legal record of who did what to a case; the engine's history is an
 * operational aid, deleted 180 days after the process ends (docs/operations.md,
 * "History"). A user task's step is still in the activity history, with its start and
 * end; who did it is in the ledger. The task-instance row (about 430 bytes per task, four
 * tasks per answered case) is read by nothing.
 * <p>
 * Its id is AUDIT's: what it writes is a subset of what AUDIT writes, and Camunda checks
 * the configured level's id against the one the database was set up with, so a database
 * set up at AUDIT keeps working, and can go back to AUDIT.
 */
@Component
class EngineHistory extends AbstractProcessEnginePlugin {

	static final String LEVEL = "audit-without-tasks";

	private static final Set<HistoryEventType> TASK_INSTANCE_EVENTS = Set.of(HistoryEventTypes.TASK_INSTANCE_CREATE,
			HistoryEventTypes.TASK_INSTANCE_UPDATE, HistoryEventTypes.TASK_INSTANCE_MIGRATE,
			HistoryEventTypes.TASK_INSTANCE_COMPLETE, HistoryEventTypes.TASK_INSTANCE_DELETE);

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<HistoryLevel> levels = new ArrayList<>();
		if (configuration.getCustomHistoryLevels() != null) {
			levels.addAll(configuration.getCustomHistoryLevels());
		}
		levels.add(new AuditWithoutTasks());
		configuration.setCustomHistoryLevels(levels);
	}

	static final class AuditWithoutTasks extends HistoryLevelAudit {

		@Override
		public String getName() {
			return LEVEL;
		}

		@Override
		public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
			return !TASK_INSTANCE_EVENTS.contains(eventType) && super.isHistoryEventProduced(eventType, entity);
		}

	}

}
