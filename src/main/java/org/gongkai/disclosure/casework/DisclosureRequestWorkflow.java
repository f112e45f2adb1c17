package org.gongkai.disclosure.casework;

import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.gongkai.disclosure.casework.DisclosureRequestProcess.Elements;
import org.gongkai.disclosure.casework.DisclosureRequestProcess.Vars;
import org.springframework.stereotype.Service;

/**
 * The only class that talks to the process engine about {@link DisclosureRequestProcess}. Callers speak in cases
 * and references; engine ids and variables never leave this facade, and no user input reaches an expression.
 */
@Service
public class DisclosureRequestWorkflow {

    private final RuntimeService runtime;
    private final TaskService tasks;

    DisclosureRequestWorkflow(RuntimeService runtime, TaskService tasks) {
        this.runtime = runtime;
        this.tasks = tasks;
    }

    /** Starts handling; the business key is the human reference so that operators find what officers see. */
    public void start(CaseId caseId, String reference) {
        runtime.startProcessInstanceByKey(DisclosureRequestProcess.KEY, reference,
                Map.of(Vars.CASE_ID, caseId.toString()));
    }

    /** The open decision tasks among the given references, keyed by reference. */
    public Map<String, OpenTask> openDecisionTasks(Collection<String> references) {
        if (references.isEmpty()) {
            return Map.of();
        }
        List<Task> open = tasks.createTaskQuery()
                .processDefinitionKey(DisclosureRequestProcess.KEY)
                .taskDefinitionKey(Elements.TASK_DECIDE)
                .processInstanceBusinessKeyIn(references.toArray(String[]::new))
                .list();
        Map<String, String> keys = runtime.createProcessInstanceQuery()
                .processInstanceIds(open.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet()))
                .list().stream()
                .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
        return open.stream()
                .map(t -> new OpenTask(keys.get(t.getProcessInstanceId()), t.getName(), t.getCreateTime()))
                .collect(Collectors.toMap(OpenTask::reference, Function.identity()));
    }

    /** Completes the officer's decision task once the decision is recorded in our tables. */
    public void decisionRecorded(String reference) {
        Task task = decisionTask(reference).orElseThrow(
                () -> new IllegalStateException("案件 " + reference + " 没有待办的答复任务"));
        tasks.complete(task.getId());
    }

    public boolean isRunning(String reference) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(DisclosureRequestProcess.KEY)
                .processInstanceBusinessKey(reference).active().count() > 0;
    }

    /** Where the case is in the process now, by the names the model gives its steps (审查并作出答复决定 …). */
    public List<String> currentPosition(String reference) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(DisclosureRequestProcess.KEY)
                .processInstanceBusinessKey(reference).list().stream()
                .map(pi -> runtime.getActivityInstance(pi.getId()))
                .filter(Objects::nonNull)
                .flatMap(root -> Arrays.stream(root.getChildActivityInstances()))
                .map(ActivityInstance::getActivityName)
                .filter(Objects::nonNull)
                .toList();
    }

    private Optional<Task> decisionTask(String reference) {
        return Optional.ofNullable(tasks.createTaskQuery()
                .processDefinitionKey(DisclosureRequestProcess.KEY)
                .taskDefinitionKey(Elements.TASK_DECIDE)
                .processInstanceBusinessKey(reference)
                .singleResult());
    }

    /** A task waiting for an officer, as the task list shows it. */
    public record OpenTask(String reference, String name, Date createdAt) {
    }
}
