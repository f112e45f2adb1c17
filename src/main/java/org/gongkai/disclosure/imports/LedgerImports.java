package org.gongkai.disclosure.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import jakarta.annotation.PreDestroy;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.accounts.Role;
import org.gongkai.disclosure.agencies.Agencies;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.appeals.AppealResult;
import org.gongkai.disclosure.appeals.history.HistoricAppeals.HistoricAppeal;
import org.gongkai.disclosure.appeals.history.HistoricAppeals.LedgerKind;
import org.gongkai.disclosure.appeals.history.HistoricAppeals;
import org.gongkai.disclosure.audit.AuditAction;
import org.gongkai.disclosure.audit.AuditResult;
import org.gongkai.disclosure.audit.AuditTrail;
import org.gongkai.disclosure.casework.history.HistoricCases.RowProblem;
import org.gongkai.disclosure.casework.history.HistoricCases;
import org.gongkai.disclosure.shared.Refusal;
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

	/**
	 * The largest ledger file taken: a county's ledger of many years is a few MB (about
	 * 150,000 rows of CSV in 10 MB); the global multipart limit (200 MB) is the released
	 * records' and far too large for a file read whole.
	 */
	public static final long MAX_UPLOAD_BYTES = 20L * 1024 * 1024;

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
			.orElseThrow(() -> new Refusal("refusal.imports.agency.notFound", agencyCode));
		if (!mayImport(user) || !agency.id().equals(user.agencyId())) {
			audit.recordAlone(AuditAction.LEDGER_IMPORT, "agency", agency.code(), AuditResult.DENIED, "无权导入台账");
			throw new AccessDeniedException(
					"Only the agency's report statistician or the head of its disclosure office may import ledgers");
		}
		String name = fileName == null || fileName.isBlank() ? "ledger" : fileName.replaceAll("[\\p{Cntrl}/\\\\]", "_");
		name = name.length() > 200 ? name.substring(0, 200) : name;
		Path file = Files.createTempFile("gongkai-ledger-", ".upload");
		try (OutputStream out = Files.newOutputStream(file)) {
			byte[] buffer = new byte[64 * 1024];
			long copied = 0;
			for (int n; (n = upload.read(buffer)) > 0;) {
				copied += n;
				if (copied > MAX_UPLOAD_BYTES) {
					throw new LedgerTooLarge();
				}
				out.write(buffer, 0, n);
			}
		}
		catch (IOException | RuntimeException e) {
			Files.deleteIfExists(file);
			throw e;
		}
		ImportJob job = new ImportJob(UUID.randomUUID(), agency.id(), kind.name(), name, ImportJob.Status.RUNNING, null,
				0, 0, List.of(), 0, List.of(), user.id(), user.displayName(), Instant.now(), null);
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
				reject(job, List.of(new RowProblem(0, e.getMessage())), List.of());
				return;
			}
			catch (IOException e) {
				reject(job, List.of(new RowProblem(0, "无法读取上传的文件")), List.of());
				return;
			}
			jobs.total(job.id(), content.rows().size());
			if (content.rows().isEmpty()) {
				reject(job, List.of(new RowProblem(0, "文件只有标题行，没有数据")), List.of());
				return;
			}
			int imported = kind == Kind.REQUESTS ? requests(user, job, content) : appeals(user, job, content);
			if (imported < 0) {
				return;
			}
			log.info("Ledger import {} ({}): {} rows ({} {})", job.id(), kind, imported, content.format(),
					content.charset() == null ? "" : content.charset());
		}
		catch (RuntimeException | Error e) {
			log.error("Ledger import {} failed", job.id(), e);
			jobs.finish(job.id(), ImportJob.Status.FAILED, 0,
					List.of(new RowProblem(0, "导入时发生错误，未导入任何数据：" + readable(e))), List.of());
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
			reject(job, onePerCell(problems), parsed.mappings());
			return -1;
		}
		int imported = historic.importAll(user, job.agencyId(), job.id(), parsed.cases(),
				done -> jobs.progress(job.id(), done));
		jobs.finish(job.id(), ImportJob.Status.SUCCEEDED, imported, List.of(), parsed.mappings());
		return imported;
	}

	/**
	 * The problems in line order, at most one per cell: the first found, which is the
	 * reading's (「2024-13-01 不是有效日期」), not a rule's that then finds the cell empty
	 * (「缺少收到申请日期」). A problem of no one cell is always kept.
	 */
	static List<RowProblem> onePerCell(List<RowProblem> problems) {
		Set<String> cells = new HashSet<>();
		List<RowProblem> kept = new ArrayList<>();
		for (RowProblem p : problems) {
			if (p.column() == null || cells.add(p.line() + "/" + p.column())) {
				kept.add(p);
			}
		}
		kept.sort(Comparator.comparingInt(RowProblem::line));
		return kept;
	}

	/**
	 * Checks and writes an appeals ledger (every rule is {@link HistoricAppeals#check}'s,
	 * on the kind and result as the format's words once a synonym is read); -1 if
	 * rejected.
	 */
	private int appeals(GongkaiUser user, ImportJob job, LedgerFile.Content content) {
		LabelReadings readings = new LabelReadings();
		List<HistoricAppeal> rows = content.rows()
			.stream()
			.map(r -> new HistoricAppeal(r.line(), r.get("request_reference"), appealKind(r.get("kind"), readings),
					r.get("filed_on"), r.get("closed_on"), appealResult(r.get("result"), readings)))
			.toList();
		List<RowProblem> problems = historicAppeals.check(job.agencyId(), rows);
		if (!problems.isEmpty()) {
			reject(job, problems, readings.mappings());
			return -1;
		}
		int imported = historicAppeals.importAll(user, job.agencyId(), job.id(), rows,
				done -> jobs.progress(job.id(), done));
		jobs.finish(job.id(), ImportJob.Status.SUCCEEDED, imported, List.of(), readings.mappings());
		return imported;
	}

	private static String appealKind(String written, LabelReadings readings) {
		LedgerKind kind = written.isEmpty() ? null : LedgerSynonyms.appealKind(written);
		if (kind == null) {
			return written;
		}
		readings.read("类型", written, kind.label(), kind.label());
		return kind.label();
	}

	private static String appealResult(String written, LabelReadings readings) {
		AppealResult result = written.isEmpty() ? null : LedgerSynonyms.appealResult(written);
		if (result == null) {
			return written;
		}
		String word = LedgerSynonyms.ledgerWord(result);
		readings.read("结果", written, word, result.label());
		return word;
	}

	/**
	 * Rejects the file with all its problems: the job shows the first
	 * {@value ImportJobs#SHOWN}, the rest are in its download (issue 13: a rejected 9.9
	 * MB CSV produced a 41 MB report; issue 16: 12,406 messages on one page).
	 */
	private void reject(ImportJob job, List<RowProblem> problems, List<ImportJob.Mapping> mappings) {
		jobs.finish(job.id(), ImportJob.Status.REJECTED, 0, problems, mappings);
		audit.recordAlone(AuditAction.LEDGER_IMPORT_REJECTED, "import", job.id(), AuditResult.FAILED,
				"台账有%d处错误，未导入任何数据".formatted(problems.size()));
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

	/** Every problem of a job of the caller's own agency, in order, to {@code each}. */
	public void problems(GongkaiUser user, UUID id, Consumer<RowProblem> each) {
		jobs.problems(job(user, id).id(), each);
	}

	/**
	 * A ledger file over {@link #MAX_UPLOAD_BYTES}: refused before anything is read (413
	 * in the API, a message on the page).
	 */
	public static class LedgerTooLarge extends IllegalArgumentException {

		LedgerTooLarge() {
			super("台账文件超过%d MB，请分成几个文件（如按年度）导入".formatted(MAX_UPLOAD_BYTES / 1024 / 1024));
		}

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
