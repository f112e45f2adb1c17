package org.gongkai.disclosure.reporting.export;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import org.gongkai.disclosure.shared.Refusal;
import org.gongkai.disclosure.shared.StateRefusal;
import org.gongkai.disclosure.accounts.Account;
import org.gongkai.disclosure.accounts.Accounts;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.accounts.SignedInAs;
import org.gongkai.disclosure.audit.AuditAction;
import org.gongkai.disclosure.audit.AuditResult;
import org.gongkai.disclosure.audit.AuditTrail;
import org.gongkai.disclosure.reporting.ReportCompiler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Report exports made in the background, so that the report page can show how far a long
 * one has got (issue 16) instead of a request that hangs for the whole rendering.
 * <p>
 * Why a table ({@code report_export}) and not a registry in memory: the nodes stand
 * behind a load balancer (docs/operations.md), so the page's next poll may reach another
 * node than the one making the file; and an acknowledged export must not be lost when its
 * node stops. The job is written before its start is acknowledged; this node's workers
 * take it at once, and every node's {@link #sweep} takes a job that waited too long or
 * whose worker fell silent (its node stopped), up to {@value #MAX_ATTEMPTS} attempts,
 * then fails it — a job is never left "running" for ever. It is not made twice: a claim
 * is one update that counts the attempt, and only the attempt that holds the job may keep
 * its file, in the same transaction as the audit line that says it was exported. The same
 * {@code Idempotency-Key} names the same job. A file is kept for a day.
 */
@Service
public class BackgroundExports {

	private static final Logger log = LoggerFactory.getLogger(BackgroundExports.class);

	static final int MAX_ATTEMPTS = 3;

	/** A queued job no worker took within this long is taken by the sweep. */
	static final Duration QUEUED_TOO_LONG = Duration.ofSeconds(30);

	/**
	 * A running job without a step for this long is taken as abandoned: far above any one
	 * step (a report's slowest, the PDF, takes seconds).
	 */
	static final Duration SILENT_TOO_LONG = Duration.ofMinutes(5);

	static final Duration KEPT = Duration.ofDays(1);

	/** At most this many exports wait for this node's workers. */
	private static final int QUEUE = 20;

	private final ExportJobs jobs;

	private final ReportExports exports;

	private final ReportCompiler reports;

	private final UserDetailsService users;

	private final Accounts accounts;

	private final AuditTrail audit;

	private final TransactionTemplate transaction;

	/**
	 * Two workers: each holds one connection while it compiles, and rendering is CPU
	 * work.
	 */
	private final ThreadPoolExecutor workers = new ThreadPoolExecutor(2, 2, 0, TimeUnit.SECONDS,
			new LinkedBlockingQueue<>(QUEUE), r -> {
				Thread t = new Thread(r, "report-export");
				t.setDaemon(true);
				return t;
			});

	BackgroundExports(ExportJobs jobs, ReportExports exports, ReportCompiler reports, UserDetailsService users,
			Accounts accounts, AuditTrail audit, TransactionTemplate transaction) {
		this.jobs = jobs;
		this.exports = exports;
		this.reports = reports;
		this.users = users;
		this.accounts = accounts;
		this.audit = audit;
		this.transaction = transaction;
	}

	@PreDestroy
	void stop() {
		// a job cut short here is taken again by another node's sweep
		workers.shutdownNow();
	}

	/**
	 * Queues the export {@code key} names for {@code user} (or finds it, when the key was
	 * used before for the same export) and starts making it. A report the user may not
	 * read, or that cannot be compiled, is refused here, before anything is queued.
	 * @return the job and whether this call queued it
	 */
	public Started start(GongkaiUser user, ExportRequest request, String key) {
		reports.checkReadable(user, request.agencyCode(), request.year(), request.format(), request.scope());
		ExportJobs.Started started = jobs.queue(user.id(),
				key == null || key.isBlank() ? UUID.randomUUID().toString() : key.strip(), request);
		if (!started.job().request().equals(request)) {
			// as a request filed again under its key with other content (IntakeApi)
			throw new ExportKeyReusedException();
		}
		if (started.created()) {
			submit(started.job().id());
		}
		return new Started(started.job(), started.created());
	}

	/** A started export and whether the call queued it (else the key named it before). */
	public record Started(ExportJob job, boolean queued) {
	}

	/** The user's export, as far as it has got. */
	public ExportJob status(GongkaiUser user, UUID id) {
		return jobs.byId(id, user.id()).orElseThrow(ExportNotFoundException::new);
	}

	/** The file of the user's export, once ready. */
	public ReportExports.Export file(GongkaiUser user, UUID id) {
		Optional<ReportExports.Export> file = jobs.file(id, user.id());
		if (file.isEmpty() && status(user, id).status() != ExportJob.Status.READY) {
			throw new StateRefusal("refusal.reporting.export.notReady");
		}
		return file.orElseThrow(ExportNotFoundException::new);
	}

	/**
	 * Takes the jobs no worker is making (queued too long, or abandoned by a node that
	 * stopped), fails those abandoned on their last attempt and drops the files kept long
	 * enough. Every node runs it; the claims skip each other's rows.
	 */
	@Scheduled(fixedDelayString = "${gongkai.reports.export-sweep:PT15S}", initialDelayString = "PT15S")
	void sweep() {
		int failed = jobs.failAbandoned(SILENT_TOO_LONG, MAX_ATTEMPTS);
		if (failed > 0) {
			log.warn("{} report export(s) abandoned on their last attempt, failed", failed);
		}
		int room = workers.getQueue().remainingCapacity();
		if (room > 0) {
			List<ExportJobs.Claimed> forgotten = jobs.claimForgotten(QUEUED_TOO_LONG, SILENT_TOO_LONG, MAX_ATTEMPTS,
					room);
			forgotten.forEach(job -> workers.execute(() -> run(job)));
		}
		jobs.purge(KEPT);
	}

	private void submit(UUID id) {
		try {
			workers.execute(() -> jobs.claim(id).ifPresent(this::run));
		}
		catch (RejectedExecutionException busy) {
			// it stays queued: a sweep takes it when a worker is free
			log.info("Report export {} waits for a free worker", id);
		}
	}

	/**
	 * Makes the export with its requester's rights as they are now, reporting each step;
	 * keeps the file and audits it in one transaction. A refusal (the rights changed, the
	 * report cannot be compiled) is kept as the job's failure; anything else is logged
	 * and said as a failure without its details.
	 */
	void run(ExportJobs.Claimed job) {
		try {
			GongkaiUser user = (GongkaiUser) users.loadUserByUsername(accounts.byId(job.requestedBy())
				.map(Account::username)
				.orElseThrow(() -> new AccessDeniedException("the export's requester has no login any more")));
			ExportRequest request = job.job().request();
			List<ReportExports.Step> steps = ReportExports.Step.of(request.charts());
			ReportExports.Export export = SignedInAs.as(user,
					() -> exports.render(user, request.agencyCode(), request.year(), request.format(), request.scope(),
							request.type(), request.charts(), step -> jobs.step(job, steps.indexOf(step), step)));
			boolean kept = SignedInAs.as(user, () -> transaction.execute(tx -> {
				if (!jobs.finish(job, export)) {
					return false;
				}
				audit.record(AuditAction.REPORT_EXPORTED, "report",
						ReportExports.auditObject(request.agencyCode(), request.year()), AuditResult.SUCCESS,
						ReportExports.auditDetail(request.type(), request.charts()));
				return true;
			}));
			if (!kept) {
				log.info("Report export {}: attempt {} was replaced, its file dropped", job.id(), job.attempt());
			}
		}
		catch (AccessDeniedException refused) {
			// its own message is for the log; the requester reads why in words
			jobs.fail(job, Refusal.text("refusal.reporting.export.notAllowed").toString());
		}
		catch (IllegalArgumentException | IllegalStateException refused) {
			jobs.fail(job, refused.getMessage());
		}
		catch (RuntimeException | Error e) {
			log.error("Report export {} failed", job.id(), e);
			jobs.fail(job, null);
		}
	}

}
