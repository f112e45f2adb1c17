package org.gongkai.disclosure.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.accounts.Role;
import org.gongkai.disclosure.agencies.Agencies;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.appeals.history.HistoricAppeals;
import org.gongkai.disclosure.appeals.history.HistoricAppeals.HistoricAppeal;
import org.gongkai.disclosure.audit.AuditAction;
import org.gongkai.disclosure.audit.AuditResult;
import org.gongkai.disclosure.audit.AuditTrail;
import org.gongkai.disclosure.casework.history.HistoricCases;
import org.gongkai.disclosure.casework.history.HistoricCases.HistoricCase;
import org.gongkai.disclosure.casework.history.HistoricCases.RowProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Imports a request ledger or an appeals ledger. The upload is kept in a temporary file
 * and a job row is committed at once; the work then runs in the background so the page
 * can poll its progress: read the file, check every row (the file's form and then the
 * domain rules of {@link HistoricCases#check} or {@link HistoricAppeals#check}), and —
 * only if no row has a problem — write all rows in one transaction
 * ({@link HistoricCases#importAll}, {@link HistoricAppeals#importAll}). A file with any
 * bad row is rejected whole with every problem's line and reason; nothing of it is kept.
 * Who may import: the statistician and the head of the disclosure office, for their own
 * agency; every start, rejection and import is audited.
 */
@Service
public class LedgerImports {

	private static final Logger log = LoggerFactory.getLogger(LedgerImports.class);

	private final Agencies agencies;

	private final HistoricCases historic;

	private final HistoricAppeals historicAppeals;

	private final ImportJobs jobs;

	private final AuditTrail audit;

	static final int MAX_PROBLEMS = 200;

	static final int MAX_PROBLEM_LENGTH = 300;

	private final ExecutorService worker = Executors.newFixedThreadPool(2, r -> {
		Thread t = new Thread(r, "ledger-import");
		t.setDaemon(true);
		return t;
	});

	LedgerImports(Agencies agencies, HistoricCases historic, HistoricAppeals historicAppeals, ImportJobs jobs,
			AuditTrail audit) {
		this.agencies = agencies;
		this.historic = historic;
		this.historicAppeals = historicAppeals;
		this.jobs = jobs;
		this.audit = audit;
	}

	@PreDestroy
	void stop() {
		worker.shutdownNow();
	}

	public static boolean mayImport(GongkaiUser user) {
		return user.agencyId() != null && (user.role() == Role.STATISTICIAN || user.role() == Role.HEAD_OF_OFFICE);
	}

	/**
	 * Starts importing {@code upload} as the request ledger of the agency
	 * {@code agencyCode}; returns the job.
	 */
	public ImportJob startRequests(GongkaiUser user, String agencyCode, String fileName, InputStream upload,
			String charset) throws IOException {
		return start(user, agencyCode, Kind.REQUESTS, fileName, upload, charset);
	}

	/**
	 * Starts importing {@code upload} as the appeals ledger (行政复议、行政诉讼) of the agency
	 * {@code agencyCode}; its rows name requests already in Gongkai (imported or handled
	 * here). Returns the job.
	 */
	public ImportJob startAppeals(GongkaiUser user, String agencyCode, String fileName, InputStream upload,
			String charset) throws IOException {
		return start(user, agencyCode, Kind.APPEALS, fileName, upload, charset);
	}

	/** The two ledgers: what the job's {@code kind} says and how the audit names it. */
	enum Kind {

		REQUESTS("申请台账", LedgerFile.REQUESTS), APPEALS("行政复议、行政诉讼台账", LedgerFile.APPEALS);

		final String label;

		final LedgerFile.Layout layout;

		Kind(String label, LedgerFile.Layout layout) {
			this.label = label;
			this.layout = layout;
		}

	}

	private ImportJob start(GongkaiUser user, String agencyCode, Kind kind, String fileName, InputStream upload,
			String charset) throws IOException {
		Agency agency = agencies.byCode(agencyCode)
			.orElseThrow(() -> new IllegalArgumentException("未找到机关: " + agencyCode));
		if (!mayImport(user) || !agency.id().equals(user.agencyId())) {
			audit.recordAlone(AuditAction.LEDGER_IMPORT, "agency", agency.code(), AuditResult.DENIED, "无权导入台账");
			throw new AccessDeniedException("只有本机关的年报统计人员或公开工作机构负责人可以导入台账");
		}
		String name = fileName == null || fileName.isBlank() ? "ledger" : fileName.replaceAll("[\\p{Cntrl}/\\\\]", "_");
		name = name.length() > 200 ? name.substring(0, 200) : name;
		Path file = Files.createTempFile("gongkai-ledger-", ".upload");
		Files.copy(upload, file, StandardCopyOption.REPLACE_EXISTING);
		ImportJob job = new ImportJob(UUID.randomUUID(), agency.id(), kind.name(), name, ImportJob.Status.RUNNING, null,
				0, 0, List.of(), user.id(), user.displayName(), Instant.now(), null);
		jobs.start(job);
		audit.recordAlone(AuditAction.LEDGER_IMPORT_STARTED, "import", job.id(), AuditResult.SUCCESS,
				"开始导入%s %s（%s）".formatted(kind.label, name, agency.code()));
		SecurityContext context = SecurityContextHolder.getContext();
		worker.submit(() -> {
			SecurityContextHolder.setContext(context);
			try {
				run(user, job, kind, file, charset);
			}
			finally {
				SecurityContextHolder.clearContext();
				try {
					Files.deleteIfExists(file);
				}
				catch (IOException e) {
					log.warn("Could not delete {}", file);
				}
			}
		});
		return jobs.byId(job.id()).orElseThrow();
	}

	private void run(GongkaiUser user, ImportJob job, Kind kind, Path file, String charset) {
		try {
			LedgerFile.Content content;
			try {
				content = LedgerFile.read(file, charset, kind.layout);
			}
			catch (IllegalArgumentException e) {
				reject(job, List.of(new RowProblem(0, e.getMessage())));
				return;
			}
			catch (IOException e) {
				reject(job, List.of(new RowProblem(0, "无法读取上传的文件")));
				return;
			}
			jobs.total(job.id(), content.rows().size());
			if (content.rows().isEmpty()) {
				reject(job, List.of(new RowProblem(0, "文件只有标题行，没有数据")));
				return;
			}
			int imported = kind == Kind.REQUESTS ? requests(user, job, content) : appeals(user, job, content);
			if (imported < 0) {
				return;
			}
			jobs.finish(job.id(), ImportJob.Status.SUCCEEDED, imported, List.of());
			log.info("Ledger import {} ({}): {} rows ({} {})", job.id(), kind, imported, content.format(),
					content.charset() == null ? "" : content.charset());
		}
		catch (RuntimeException | Error e) {
			log.error("Ledger import {} failed", job.id(), e);
			jobs.finish(job.id(), ImportJob.Status.FAILED, 0,
					List.of(new RowProblem(0, "导入时发生错误，未导入任何数据：" + readable(e))));
			audit.recordAlone(AuditAction.LEDGER_IMPORT_FAILED, "import", job.id(), AuditResult.FAILED, readable(e));
		}
	}

	/**
	 * Checks and writes a request ledger; the number imported, or -1 if the file was
	 * rejected.
	 */
	private int requests(GongkaiUser user, ImportJob job, LedgerFile.Content content) {
		RequestLedger.Parsed parsed = RequestLedger.parse(content.rows());
		List<RowProblem> problems = new ArrayList<>(parsed.problems());
		problems.addAll(historic.check(job.agencyId(), parsed.cases()));
		if (!problems.isEmpty()) {
			problems.sort(Comparator.comparingInt(RowProblem::line));
			reject(job, problems);
			return -1;
		}
		List<HistoricCase> cases = parsed.cases();
		return historic.importAll(user, job.agencyId(), job.id(), cases, done -> jobs.progress(job.id(), done));
	}

	/**
	 * Checks and writes an appeals ledger (every rule is
	 * {@link HistoricAppeals#check}'s); -1 if rejected.
	 */
	private int appeals(GongkaiUser user, ImportJob job, LedgerFile.Content content) {
		List<HistoricAppeal> rows = content.rows()
			.stream()
			.map(r -> new HistoricAppeal(r.line(), r.get("request_reference"), r.get("kind"), r.get("filed_on"),
					r.get("closed_on"), r.get("result")))
			.toList();
		List<RowProblem> problems = historicAppeals.check(job.agencyId(), rows);
		if (!problems.isEmpty()) {
			reject(job, problems);
			return -1;
		}
		return historicAppeals.importAll(user, job.agencyId(), job.id(), rows, done -> jobs.progress(job.id(), done));
	}

	/**
	 * Rejects the file with its problems: the first {@value #MAX_PROBLEMS}, each cut to
	 * {@value #MAX_PROBLEM_LENGTH} characters, and how many more there are (issue 13: a
	 * rejected 9.9 MB CSV produced a 41 MB report).
	 */
	private void reject(ImportJob job, List<RowProblem> all) {
		List<RowProblem> problems = new ArrayList<>(all.stream()
			.limit(MAX_PROBLEMS)
			.map(p -> p.reason().length() <= MAX_PROBLEM_LENGTH ? p
					: new RowProblem(p.line(), p.reason().substring(0, MAX_PROBLEM_LENGTH) + "…"))
			.toList());
		if (all.size() > MAX_PROBLEMS) {
			problems.add(new RowProblem(0, "另有%d处错误未列出；请先改正以上错误后再导入".formatted(all.size() - MAX_PROBLEMS)));
		}
		jobs.finish(job.id(), ImportJob.Status.REJECTED, 0, problems);
		audit.recordAlone(AuditAction.LEDGER_IMPORT_REJECTED, "import", job.id(), AuditResult.FAILED,
				"台账有%d处错误，未导入任何数据".formatted(all.size()));
	}

	private static String readable(Throwable e) {
		return e instanceof IllegalArgumentException || e instanceof IllegalStateException ? e.getMessage()
				: "内部错误（已记录日志）";
	}

	/** A job of the caller's own agency. */
	public ImportJob job(GongkaiUser user, UUID id) {
		return jobs.byId(id)
			.filter(j -> j.agencyId().equals(user.agencyId()) && mayImport(user))
			.orElseThrow(() -> new ImportNotFoundException());
	}

	public List<ImportJob> recent(GongkaiUser user) {
		if (!mayImport(user)) {
			return List.of();
		}
		return jobs.recentOf(user.agencyId(), 20);
	}

	/**
	 * An import that does not exist or is another agency's: the same 404 (page and API).
	 */
	@ResponseStatus(HttpStatus.NOT_FOUND)
	public static class ImportNotFoundException extends RuntimeException {

		ImportNotFoundException() {
			super("未找到导入记录");
		}

	}

}
