package org.gongkai.disclosure.appeals.process;

import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.gongkai.disclosure.appeals.DecisionType;
import org.gongkai.disclosure.appeals.process.AppealProcess.Elements;
import org.gongkai.disclosure.appeals.process.AppealProcess.Messages;
import org.gongkai.disclosure.appeals.process.AppealProcess.Vars;
import org.gongkai.disclosure.shared.StateRefusal;
import org.gongkai.disclosure.shared.ids.AppealId;

import org.springframework.stereotype.Service;

/**
 * The only class that talks to the process engine about {@link AppealProcess}. Callers
 * speak in appeals and references; engine ids never leave this facade, and no user input
 * reaches an expression.
 */
@Service
public class AppealWorkflow {

	private final RuntimeService runtime;

	private final TaskService tasks;

	private final ManagementService management;

	AppealWorkflow(RuntimeService runtime, TaskService tasks, ManagementService management) {
		this.runtime = runtime;
		this.tasks = tasks;
		this.management = management;
	}

	/** Starts the appeal; the business key is its reference. */
	public void start(AppealId appealId, String reference) {
		runtime.startProcessInstanceByKey(AppealProcess.KEY, reference, Map.of(Vars.APPEAL_ID, appealId.toString()));
	}

	/** The office has filed its answer and evidence. */
	public void answered(String reference) {
		Task task = tasks.createTaskQuery()
			.processDefinitionKey(AppealProcess.KEY)
			.processInstanceBusinessKey(reference)
			.taskDefinitionKey(Elements.TASK_SUBMIT_ANSWER)
			.singleResult();
		if (task == null) {
			throw new StateRefusal("refusal.appeals.process.notAtAnswer");
		}
		tasks.complete(task.getId());
	}

	/** The decision or judgment arrived; its effect routes the process. */
	public void decided(String reference, DecisionType.Effect effect) {
		runtime.createMessageCorrelation(Messages.APPEAL_DECIDED)
			.processInstanceBusinessKey(reference)
			.setVariable(Vars.DECISION_EFFECT, effect.name())
			.correlateWithResult();
	}

	/**
	 * Re-evaluates the appeal's deadline timers after its answer deadline moved (a
	 * calendar change).
	 */
	public void recalculateTimers(String reference) {
		for (ProcessInstance instance : runtime.createProcessInstanceQuery()
			.processDefinitionKey(AppealProcess.KEY)
			.processInstanceBusinessKey(reference)
			.list()) {
			for (Job timer : management.createJobQuery().processInstanceId(instance.getId()).timers().list()) {
				management.recalculateJobDuedate(timer.getId(), false);
			}
		}
	}

	public void withdrawn(String reference) {
		runtime.createMessageCorrelation(Messages.APPEAL_WITHDRAWN)
			.processInstanceBusinessKey(reference)
			.correlateWithResult();
	}

}
