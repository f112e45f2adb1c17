package org.gongkai.disclosure;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

import org.springframework.stereotype.Component;

/**
 * The index Camunda documents for job acquisition by due date
 * ({@code jobExecutorAcquireByDueDate}, set in application.yml): without it every
 * acquisition scans {@code ACT_RU_JOB}, which holds three timer jobs per open case. The
 * {@code ACT_*} tables are the engine's and the engine creates them after Flyway has run
 * on a fresh database, so the index is created here, right after the engine's schema,
 * idempotently on every start.
 */
@Component
class EngineIndexes extends AbstractProcessEnginePlugin {

	static final String JOB_ACQUISITION = "ACT_IDX_JOB_ACQ_DUEDATE";

	@Override
	public void postProcessEngineBuild(ProcessEngine engine) {
		ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine
			.getProcessEngineConfiguration();
		try (Connection connection = configuration.getDataSource().getConnection();
				Statement statement = connection.createStatement()) {
			// the acquisition query filters SUSPENSION_STATE_ = 1 and DUEDATE_ <= now and
			// orders by DUEDATE_: one range of this index, read in order up to the batch
			statement.execute("create index if not exists " + JOB_ACQUISITION
					+ " on ACT_RU_JOB (SUSPENSION_STATE_, DUEDATE_) where RETRIES_ > 0");
			if (!connection.getAutoCommit()) {
				connection.commit();
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException("Cannot create the job acquisition index " + JOB_ACQUISITION, e);
		}
	}

}
