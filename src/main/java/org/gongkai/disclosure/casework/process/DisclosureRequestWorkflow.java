package org.gongkai.disclosure.casework.process;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.TransitionInstance;
import org.camunda.bpm.engine.task.Task;
import org.gongkai.disclosure.casework.process.DisclosureRequestProcess.Vars;
import org.gongkai.disclosure.shared.StateRefusal;
import org.gongkai.disclosure.shared.ids.AgencyId;
import org.gongkai.disclosure.shared.ids.CaseId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The only class that talks to the process engine about {@link DisclosureRequestProcess}.
 * Callers speak in cases, references, task keys and the contract's flags; engine ids
 * never leave this facade, and no user input reaches an expression.
 */
@Service
public class DisclosureRequestWorkflow {

	private final RuntimeService runtime;

	private final TaskService tasks;

	private final ManagementService management;

	private final JdbcClient jdbc;

	DisclosureRequestWorkflow(RuntimeService runtime, TaskService tasks, ManagementService management,
			JdbcClient jdbc) {
		this.runtime = runtime;
		this.tasks = tasks;
		this.management = management;
		this.jdbc = jdbc;
	}

	/**
	 * Starts handling; the business key is the human reference so that operators find
	 * what officers see.
	 */
	public void start(CaseId caseId, String reference) {
		runtime.startProcessInstanceByKey(DisclosureRequestProcess.KEY, reference,
				Map.of(Vars.CASE_ID, caseId.toString()));
	}

	/**
	 * Starts the process of a request answered on the spot (《条例》第三十三条第一款): it goes
	 * straight to issuing the reply, which the case already holds.
	 */
	public void startAnsweredOnTheSpot(CaseId caseId, String reference) {
		runtime.startProcessInstanceByKey(DisclosureRequestProcess.KEY, reference,
				Map.of(Vars.CASE_ID, caseId.toString(), Vars.ANSWERED_ON_THE_SPOT, true));
	}

	/**
	 * Handles an answered case again from the decide step (重新答复 ordered by an appeal
	 * decision): a new instance under the same reference, with the deadline timers of the
	 * restarted clock.
	 */
	public void restartAtDecision(CaseId caseId, String reference) {
		runtime.createProcessInstanceByKey(DisclosureRequestProcess.KEY)
			.businessKey(reference)
			.setVariable(Vars.CASE_ID, caseId.toString())
			.startBeforeActivity(DisclosureRequestProcess.Elements.TASK_DECIDE)
			.execute();
	}

	/**
	 * The SQL joining a case row {@code d} to the open user tasks {@code t} of its
	 * process instance that candidate group {@code :group} may take ({@code :processKey}
	 * is {@link DisclosureRequestProcess#KEY}): the engine's runtime tables read
	 * directly, because the engine's task query cannot join our tables. Kept here, behind
	 * the facade, so that the engine's tables are named in this class only.
	 */
	public static final String OPEN_TASKS_OF_CASE = """
			cross join lateral (
			    select t.task_def_key_, t.name_
			    from act_ru_execution pi
			    join act_ru_task t on t.proc_inst_id_ = pi.id_
			    join act_ru_identitylink l on l.task_id_ = t.id_ and l.type_ = 'candidate' and l.group_id_ = :group
			    where pi.business_key_ = d.reference and pi.parent_id_ is null and pi.proc_def_key_ = :processKey
			    offset 0
			) t
			""";

	/**
	 * The agency's open cases counted by the step they wait at, and how many of them are
	 * past their answer date: one query, grouped by the open user task (a department's
	 * work counts a case once however many departments hold it) and the case's status (a
	 * case waiting for the applicant or a third party has no open task). Read from the
	 * engine's runtime tables for the same reason as {@link #OPEN_TASKS_OF_CASE}.
	 * @param overdueFrom a case whose answer date is before this day is overdue
	 */
	public List<StepCount> openCasesByStep(AgencyId agencyId, LocalDate overdueFrom) {
		return jdbc.sql("""
				select t.task_def_key_ as task_key, min(t.name_) as task_name, d.status,
				       count(distinct d.id) as open,
				       count(distinct d.id) filter (where d.answer_due_on < :overdueFrom) as overdue
				from disclosure_case d
				left join act_ru_execution pi on pi.business_key_ = d.reference and pi.parent_id_ is null
				                             and pi.proc_def_key_ = :processKey
				left join act_ru_task t on t.proc_inst_id_ = pi.id_
				where d.agency_id = :agency and d.closed_on is null
				group by t.task_def_key_, d.status
				order by min(d.answer_due_on) nulls last, t.task_def_key_, d.status""")
			.param("processKey", DisclosureRequestProcess.KEY)
			.param("agency", agencyId.value())
			.param("overdueFrom", overdueFrom)
			.query((rs, n) -> new StepCount(rs.getString("task_key"), rs.getString("task_name"), rs.getString("status"),
					rs.getLong("open"), rs.getLong("overdue")))
			.list();
	}

	/**
	 * Open cases at one step: the user task they wait at (null when none is open) with
	 * the status of the cases, how many, how many overdue.
	 */
	public record StepCount(String taskKey, String taskName, String status, long open, long overdue) {
	}

	/** An open task held by one account, with its case's reference. */
	public record OpenTask(String reference, String taskKey, String name, Date createdAt) {
	}

	/** The keys of the tasks open on one case (any group). */
	public List<String> openTaskKeys(String reference) {
		return tasks.createTaskQuery()
			.processDefinitionKey(DisclosureRequestProcess.KEY)
			.processInstanceBusinessKey(reference)
			.list()
			.stream()
			.map(Task::getTaskDefinitionKey)
			.toList();
	}

	/**
	 * Completes the case's open task {@code taskKey}, setting the one flag the contract
	 * gives that task (if any): a Boolean, or for the decide step a
	 * {@link DisclosureRequestProcess.NextStep}, stored by name. Fails if the task is not
	 * open: the case has moved on, or the action does not apply.
	 */
	public void complete(String reference, String taskKey, Object flag) {
		Task task = tasks.createTaskQuery()
			.processDefinitionKey(DisclosureRequestProcess.KEY)
			.processInstanceBusinessKey(reference)
			.taskDefinitionKey(taskKey)
			.singleResult();
		if (task == null) {
			throw new StateRefusal("refusal.casework.process.noSuchStep", reference);
		}
		String flagName = Vars.FLAG_OF_TASK.get(taskKey);
		if (flagName == null) {
			tasks.complete(task.getId());
		}
		else {
			Object value = Objects.requireNonNull(flag, flagName);
			tasks.complete(task.getId(), Map.of(flagName, value instanceof Enum<?> e ? e.name() : value));
		}
	}

	/**
	 * Completes a department's task in the case's department work. Fails if that
	 * department has no open task: it has already answered, or the case was not routed to
	 * it.
	 */
	public void completeDepartmentTask(String reference, String departmentCode) {
		Task task = tasks.createTaskQuery()
			.processDefinitionKey(DisclosureRequestProcess.KEY)
			.processInstanceBusinessKey(reference)
			.taskDefinitionKey(DisclosureRequestProcess.Elements.TASK_DEPARTMENT_WORK)
			.taskCandidateGroup(DisclosureRequestProcess.departmentGroup(departmentCode))
			.includeAssignedTasks()
			.singleResult();
		if (task == null) {
			throw new StateRefusal("refusal.casework.process.noDepartmentStep", reference);
		}
		tasks.complete(task.getId());
	}

	/**
	 * Gives the case's open tasks of {@code candidateGroup} to {@code toUser} (an account
	 * id): those assigned to {@code fromUser} and those no one holds yet. Other groups'
	 * steps (review, sign-off, a department's routed work) stay where they are. The tasks
	 * keep their candidate groups, so the agency's task list still shows them.
	 * @return how many tasks changed hands
	 */
	public int reassignTasks(String reference, String candidateGroup, String fromUser, String toUser) {
		int moved = 0;
		for (Task task : tasks.createTaskQuery()
			.processDefinitionKey(DisclosureRequestProcess.KEY)
			.processInstanceBusinessKey(reference)
			.taskCandidateGroup(candidateGroup)
			.includeAssignedTasks()
			.list()) {
			if (task.getAssignee() == null || task.getAssignee().equals(fromUser)) {
				tasks.setAssignee(task.getId(), toUser);
				moved++;
			}
		}
		return moved;
	}

	/** The open tasks held by one account (given to it by a reassignment), any case. */
	public List<OpenTask> tasksAssignedTo(String user) {
		List<Task> open = tasks.createTaskQuery()
			.processDefinitionKey(DisclosureRequestProcess.KEY)
			.taskAssignee(user)
			.list();
		Map<String, String> keys = new HashMap<>();
		if (!open.isEmpty()) {
			runtime.createProcessInstanceQuery()
				.processInstanceIds(open.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet()))
				.list()
				.forEach(pi -> keys.put(pi.getId(), pi.getBusinessKey()));
		}
		return open.stream()
			.map(t -> new OpenTask(keys.get(t.getProcessInstanceId()), t.getTaskDefinitionKey(), t.getName(),
					t.getCreateTime()))
			.toList();
	}

	/**
	 * Delivers a message the process waits for (补正 received, extension requested,
	 * withdrawal).
	 */
	public void correlate(String reference, String message) {
		runtime.createMessageCorrelation(message).processInstanceBusinessKey(reference).correlateWithResult();
	}

	/**
	 * Ends the case's process without a result: the request turned out not to be a
	 * 政府信息公开申请 at all (a 个人信息查阅、复制 request, docs/statute.md#pipl-route), so none of the
	 * model's steps apply to it. The reason stays in the engine's history.
	 */
	public void discontinue(String reference, String reason) {
		for (ProcessInstance pi : runtime.createProcessInstanceQuery()
			.processDefinitionKey(DisclosureRequestProcess.KEY)
			.processInstanceBusinessKey(reference)
			.list()) {
			runtime.deleteProcessInstance(pi.getId(), reason);
		}
	}

	/**
	 * Re-evaluates the timers of a running case after its deadline changed (extension,
	 * restart).
	 */
	public void recalculateTimers(String reference) {
		for (ProcessInstance pi : runtime.createProcessInstanceQuery()
			.processDefinitionKey(DisclosureRequestProcess.KEY)
			.processInstanceBusinessKey(reference)
			.list()) {
			for (Job timer : management.createJobQuery().processInstanceId(pi.getId()).timers().list()) {
				management.recalculateJobDuedate(timer.getId(), false);
			}
		}
	}

	/**
	 * The steps the case is at now: BPMN element id (to highlight on the diagram) and
	 * name (审查申请 …).
	 */
	public List<Step> currentSteps(String reference) {
		return runtime.createProcessInstanceQuery()
			.processDefinitionKey(DisclosureRequestProcess.KEY)
			.processInstanceBusinessKey(reference)
			.list()
			.stream()
			.map(pi -> runtime.getActivityInstance(pi.getId()))
			.filter(Objects::nonNull)
			.flatMap(root -> steps(root).stream())
			.toList();
	}

	/** Where the case is in the process now, by the names the model gives its steps. */
	public List<String> currentPosition(String reference) {
		return names(currentSteps(reference));
	}

	/** The ids of the BPMN elements the case is at now. */
	public List<String> currentActivityIds(String reference) {
		return currentSteps(reference).stream().map(Step::id).toList();
	}

	public static List<String> names(List<Step> steps) {
		return steps.stream().map(Step::name).filter(Objects::nonNull).toList();
	}

	/**
	 * The innermost steps under a scope: activities without children, and transitions
	 * waiting for an asynchronous continuation (e.g. 出具答复书 before its job has run). The
	 * process instance itself is never a step.
	 */
	private static List<Step> steps(ActivityInstance scope) {
		List<Step> steps = new ArrayList<>();
		for (TransitionInstance t : scope.getChildTransitionInstances()) {
			steps.add(new Step(t.getActivityId(), t.getActivityName()));
		}
		for (ActivityInstance child : scope.getChildActivityInstances()) {
			if (child.getChildActivityInstances().length == 0 && child.getChildTransitionInstances().length == 0) {
				steps.add(new Step(child.getActivityId(), child.getActivityName()));
			}
			else {
				steps.addAll(steps(child));
			}
		}
		return steps;
	}

	public record Step(String id, String name) {
	}

}
