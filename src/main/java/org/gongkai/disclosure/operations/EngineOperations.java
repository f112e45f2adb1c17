package org.gongkai.disclosure.operations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.management.ActivityStatistics;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.gongkai.disclosure.shared.Refusal;

import org.springframework.stereotype.Service;

/**
 * The operator's view of the process engine, across all processes: the job executor, jobs
 * that failed (with the business key, which is the case's or appeal's reference),
 * incidents, and how many instances wait at each step. The one class of this module that
 * calls the engine; process-specific calls stay in each process's facade. A retry gives a
 * failed job one more attempt, due now, which also resolves its incident.
 */
@Service
public class EngineOperations {

	private final ProcessEngine engine;

	private final ManagementService management;

	private final RuntimeService runtime;

	private final RepositoryService repository;

	private final Map<String, BpmnModelInstance> models = new ConcurrentHashMap<>();

	EngineOperations(ProcessEngine engine) {
		this.engine = engine;
		this.management = engine.getManagementService();
		this.runtime = engine.getRuntimeService();
		this.repository = engine.getRepositoryService();
	}

	public String engineName() {
		return engine.getName();
	}

	/**
	 * Whether the job executor is running (timers, reminders and asynchronous steps are
	 * done).
	 */
	public boolean jobExecutorActive() {
		return engine.getProcessEngineConfiguration() instanceof ProcessEngineConfigurationImpl impl
				&& impl.getJobExecutor() != null && impl.getJobExecutor().isActive();
	}

	/** Jobs whose last attempt failed, most recent first, with their case or appeal. */
	public List<FailedJob> failedJobs() {
		List<Job> jobs = management.createJobQuery().withException().orderByJobId().desc().listPage(0, 200);
		Map<String, ProcessInstance> instances = instances(jobs.stream().map(Job::getProcessInstanceId).toList());
		List<FailedJob> failed = new ArrayList<>();
		for (Job job : jobs) {
			ProcessInstance pi = instances.get(job.getProcessInstanceId());
			failed
				.add(new FailedJob(job.getId(), pi == null ? null : pi.getBusinessKey(), job.getProcessDefinitionKey(),
						activityName(job.getProcessDefinitionId(), job.getFailedActivityId()), job.getRetries(),
						cause(job), job.getDuedate()));
		}
		return failed;
	}

	/**
	 * What made the job fail: the innermost cause in its stack trace (the engine's own
	 * message is often only "an exception occurred in the persistence layer").
	 */
	private String cause(Job job) {
		String trace = management.getJobExceptionStacktrace(job.getId());
		String cause = job.getExceptionMessage();
		if (trace != null) {
			for (String line : trace.lines().toList()) {
				if (line.startsWith("Caused by: ")) {
					cause = line.substring("Caused by: ".length());
				}
			}
		}
		return cause == null || cause.length() <= 500 ? cause : cause.substring(0, 500) + "…";
	}

	/** Open incidents, most recent first, with their case or appeal. */
	public List<OpenIncident> incidents() {
		List<Incident> incidents = runtime.createIncidentQuery().orderByIncidentTimestamp().desc().listPage(0, 200);
		Map<String, ProcessInstance> instances = instances(
				incidents.stream().map(Incident::getProcessInstanceId).toList());
		return incidents.stream().map(i -> {
			ProcessInstance pi = instances.get(i.getProcessInstanceId());
			return new OpenIncident(i.getId(), i.getIncidentType(), pi == null ? null : pi.getBusinessKey(),
					activityName(i.getProcessDefinitionId(), i.getActivityId()), i.getIncidentMessage(),
					i.getConfiguration(), i.getIncidentTimestamp());
		}).toList();
	}

	/**
	 * Gives a failed job one more attempt, due now (the job executor picks it up at
	 * once).
	 */
	public void retry(String jobId) {
		Job job = management.createJobQuery().jobId(jobId).singleResult();
		if (job == null) {
			throw new Refusal("refusal.operations.job.notFound", jobId);
		}
		management.setJobRetries(jobId, Math.max(1, job.getRetries()));
		management.setJobDuedate(jobId, new Date());
	}

	/**
	 * The business key of the instance a job belongs to (the reference of its case or
	 * appeal).
	 */
	public String referenceOfJob(String jobId) {
		Job job = management.createJobQuery().jobId(jobId).singleResult();
		if (job == null || job.getProcessInstanceId() == null) {
			return null;
		}
		return instances(List.of(job.getProcessInstanceId())).values()
			.stream()
			.map(ProcessInstance::getBusinessKey)
			.findFirst()
			.orElse(null);
	}

	/**
	 * How many instances wait at each step, per process (all deployed versions together),
	 * with the failed jobs and incidents there.
	 */
	public List<StepCount> instancesByStep() {
		Map<String, StepCount> byStep = new TreeMap<>();
		for (ProcessDefinition definition : repository.createProcessDefinitionQuery().list()) {
			for (ActivityStatistics s : management.createActivityStatisticsQuery(definition.getId())
				.includeFailedJobs()
				.includeIncidents()
				.list()) {
				String key = definition.getKey() + "/" + s.getId();
				int incidents = s.getIncidentStatistics().stream().mapToInt(i -> i.getIncidentCount()).sum();
				StepCount before = byStep.get(key);
				byStep.put(key,
						new StepCount(definition.getKey(), s.getId(), activityName(definition.getId(), s.getId()),
								s.getInstances() + (before == null ? 0 : before.instances()),
								s.getFailedJobs() + (before == null ? 0 : before.failedJobs()),
								incidents + (before == null ? 0 : before.incidents())));
			}
		}
		return byStep.values()
			.stream()
			.sorted(Comparator.comparing(StepCount::process)
				.thenComparing(Comparator.comparingLong(StepCount::instances).reversed()))
			.toList();
	}

	private Map<String, ProcessInstance> instances(List<String> ids) {
		Set<String> distinct = ids.stream().filter(Objects::nonNull).collect(Collectors.toSet());
		if (distinct.isEmpty()) {
			return Map.of();
		}
		Map<String, ProcessInstance> byId = new HashMap<>();
		runtime.createProcessInstanceQuery()
			.processInstanceIds(distinct)
			.list()
			.forEach(pi -> byId.put(pi.getId(), pi));
		return byId;
	}

	private String activityName(String definitionId, String activityId) {
		if (definitionId == null || activityId == null) {
			return activityId;
		}
		BpmnModelInstance model = models.computeIfAbsent(definitionId, repository::getBpmnModelInstance);
		ModelElementInstance element = model.getModelElementById(activityId);
		String name = element == null ? null : element.getAttributeValue("name");
		return name == null ? activityId : name.replaceAll("\\s+", "");
	}

	/**
	 * A job whose last attempt failed; {@code retries} 0 means it waits for an operator.
	 */
	public record FailedJob(String id, String reference, String process, String step, int retries, String error,
			Date due) {
	}

	/**
	 * An open incident; {@code configuration} is the failed job's id for a failed job.
	 */
	public record OpenIncident(String id, String type, String reference, String step, String message,
			String configuration, Date at) {
	}

	/** Instances waiting at one step of one process. */
	public record StepCount(String process, String activityId, String step, long instances, long failedJobs,
			long incidents) {
	}

}
