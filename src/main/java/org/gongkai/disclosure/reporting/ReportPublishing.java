package org.gongkai.disclosure.reporting;

import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.accounts.Role;
import org.gongkai.disclosure.agencies.Agencies;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.audit.AuditAction;
import org.gongkai.disclosure.audit.AuditResult;
import org.gongkai.disclosure.audit.AuditTrail;
import org.gongkai.disclosure.shared.Refusal;
import org.gongkai.disclosure.shared.Texts;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The way to a published report: the agency's own texts for sections 一, 五 and 六,
 * publishing (a versioned, append-only snapshot; a 更正 with a reason), the published
 * versions, and the restatement diff against the records as they are now.
 */
@Service
public class ReportPublishing {

	private final ReportAccess access;

	private final ReportCompiler compiler;

	private final Narratives narratives;

	private final Publications publications;

	private final AuditTrail audit;

	private final Clock clock;

	private final Agencies agencies;

	ReportPublishing(ReportAccess access, ReportCompiler compiler, Narratives narratives, Publications publications,
			AuditTrail audit, Clock clock, Agencies agencies) {
		this.agencies = agencies;
		this.access = access;
		this.compiler = compiler;
		this.narratives = narratives;
		this.publications = publications;
		this.audit = audit;
		this.clock = clock;
	}

	@PreAuthorize("hasAnyRole('HEAD_OF_OFFICE', 'STATISTICIAN')")
	@Transactional
	public ReportText saveNarrative(GongkaiUser officer, String agencyCode, int year, String section, String body) {
		Agency agency = access.agency(agencyCode);
		if (!agency.id().equals(officer.agencyId())
				|| (officer.role() != Role.STATISTICIAN && officer.role() != Role.HEAD_OF_OFFICE)) {
			audit.recordAlone(AuditAction.REPORT_TEXT, "report", agency.code() + "/" + year, AuditResult.DENIED,
					"无权编辑");
			throw new AccessDeniedException(
					"Only the agency's report statistician or the head of its disclosure office may edit the report's texts");
		}
		access.checkYear(year);
		if (!Narratives.SECTIONS.contains(section)) {
			throw new Refusal("refusal.reporting.text.section");
		}
		String text = Texts.require(body, "正文", 20_000);
		narratives.save(agency.id(), year, section, text, officer.id());
		boolean published = publications.latest(agency.id(), year, ReportScope.AGENCY).isPresent();
		audit.record(AuditAction.REPORT_TEXT, "report", agency.code() + "/" + year + "/" + section, AuditResult.SUCCESS,
				(published ? "已发布年度的正文修改（需更正发布）：" : "编辑正文：") + Narratives.TITLES.get(section));
		return new ReportText(section, Narratives.TITLES.get(section), text, false);
	}

	/** A published version, without its content. */
	public record PublishedVersion(int version, String format, boolean correction, String reason, Instant publishedAt,
			String publishedBy) {

		static PublishedVersion of(Publications.Snapshot s) {
			return new PublishedVersion(s.version(), s.format(), s.correction(), s.reason(), s.publishedAt(),
					s.publishedBy());
		}

	}

	/**
	 * Publishes the report as computed now: a new append-only snapshot, version 1, or a
	 * 更正 (version n+1) with a reason when the year was published before. Only the head of
	 * the agency's office publishes; a report that fails a check, or whose texts still
	 * hold a draft's placeholders, is not published; a 更正 needs a reason and a change.
	 */
	@PreAuthorize("hasRole('HEAD_OF_OFFICE')")
	@Transactional
	public PublishedVersion publish(GongkaiUser head, String agencyCode, int year, String format, String scope,
			String reason) {
		ReportRequest request = access.readable(head, agencyCode, year, format, scope, AuditAction.REPORT_PUBLISH);
		if (head.role() != Role.HEAD_OF_OFFICE || !request.agency().id().equals(head.agencyId())) {
			audit.recordAlone(AuditAction.REPORT_PUBLISH, "report", request.id(), AuditResult.DENIED, "无权发布");
			throw new AccessDeniedException(
					"Only the head of the agency's disclosure office may publish the annual report");
		}
		AnnualReport report = compiler.build(request);
		List<String> obstacles = obstacles(report, false);
		if (!obstacles.isEmpty()) {
			throw new IllegalStateException(obstacles.get(0));
		}
		String why = Texts.optional(reason, "更正说明", 2000);
		AnnualReport.Publication previous = report.publication();
		if (previous.version() != null && why == null) {
			throw new Refusal("refusal.reporting.publish.correctionReason", previous.version());
		}
		obstacles = obstacles(report, true);
		if (!obstacles.isEmpty()) {
			throw new IllegalStateException(obstacles.get(0));
		}
		Publications.Snapshot s = publications.publish(request.agency().id(), request.scope(), report, why, head.id(),
				head.displayName());
		audit.record(AuditAction.REPORT_PUBLISH, "report", request.id(), AuditResult.SUCCESS,
				(s.correction() ? "更正发布第" + s.version() + "版：" + why : "发布第1版") + "（" + report.format() + "）");
		return PublishedVersion.of(s);
	}

	/**
	 * Why {@code user} could not publish {@code report} (as compiled for the report page)
	 * now, in words; empty when publishing would succeed (with a reason, for a 更正). The
	 * page offers the publish form only then, and otherwise says why; {@link #publish}
	 * refuses for the same reasons.
	 */
	public List<String> whyNotPublishable(GongkaiUser user, AnnualReport report) {
		List<String> reasons = new ArrayList<>();
		boolean own = agencies.byId(user.agencyId()).map(a -> a.code().equals(report.agency().code())).orElse(false);
		if (user.role() != Role.HEAD_OF_OFFICE || !own) {
			reasons.add("由本机关公开工作机构负责人发布");
		}
		reasons.addAll(obstacles(report, true));
		return reasons;
	}

	/**
	 * What stands in the way of publishing a report, each in words: the year not over, a
	 * failed check, a text still holding a draft's placeholders, and with
	 * {@code unchanged} — for a 更正 — nothing changed since the published version.
	 */
	private List<String> obstacles(AnnualReport report, boolean unchanged) {
		List<String> obstacles = new ArrayList<>();
		if (report.year() >= Year.now(clock).getValue()) {
			obstacles.add("年度结束后才能发布该年度的报告");
		}
		List<String> failed = new ArrayList<>();
		report.sections()
			.forEach(t -> t.checks()
				.stream()
				.filter(c -> !c.passed())
				.forEach(c -> failed.add(t.title() + "：" + c.rule() + "（" + c.detail() + "）")));
		if (!failed.isEmpty()) {
			obstacles.add("校验未通过，不能发布：" + String.join("；", failed));
		}
		List<String> drafts = report.texts()
			.stream()
			.filter(t -> !Narratives.placeholdersIn(t.body()).isEmpty())
			.map(t -> "「" + t.title() + "」仍有草稿占位文字（" + String.join("、", Narratives.placeholdersIn(t.body())) + "）")
			.toList();
		if (!drafts.isEmpty()) {
			obstacles.add("正文尚未完成，不能发布：" + String.join("；", drafts) + "。请编辑后再发布");
		}
		AnnualReport.Publication previous = report.publication();
		if (unchanged && previous.version() != null && !previous.restatementNeeded()
				&& previous.format().equals(report.format())) {
			obstacles.add("与已发布的第" + previous.version() + "版相比没有变化，无需更正");
		}
		return obstacles;
	}

	@PreAuthorize("hasAnyRole('REGISTRAR', 'CASE_OFFICER', 'LEGAL_REVIEWER', 'HEAD_OF_OFFICE', 'STATISTICIAN')")
	public List<PublishedVersion> versions(GongkaiUser officer, String agencyCode, int year, String scope) {
		ReportRequest request = access.readable(officer, agencyCode, year, null, scope, AuditAction.REPORT_READ);
		return publications.history(request.agency().id(), year, request.scope())
			.stream()
			.map(PublishedVersion::of)
			.toList();
	}

	/**
	 * Every published annual report, the latest version of each, for the public list (条例
	 * arts 49–50: published to the public; no sign-in). Newest year first, then by
	 * agency.
	 */
	public List<PublicReport> publicReports() {
		return publications.everyLatest()
			.stream()
			.flatMap(p -> agencies.byId(p.agency())
				.map(a -> new PublicReport(a.code(), a.name(), p.year(), p.scope().param(), p.version(),
						p.publishedAt()))
				.stream())
			.sorted(Comparator.comparingInt(PublicReport::year)
				.reversed()
				.thenComparing(PublicReport::agencyName)
				.thenComparing(PublicReport::scope))
			.toList();
	}

	/** The latest published version of one report as it was frozen, for anybody. */
	public Optional<AnnualReport> publicReport(String agencyCode, int year, String scope) {
		ReportScope s = ReportScope.of(scope);
		return agencies.byCode(agencyCode).flatMap(a -> publications.latest(a.id(), year, s)).map(publications::report);
	}

	/** One published report in the public list. */
	public record PublicReport(String agencyCode, String agencyName, int year, String scope, int version,
			Instant publishedAt) {
		public boolean summary() {
			return ReportScope.SUMMARY.param().equals(scope);
		}
	}

	/** The published JSON of one version, exactly as frozen. */
	@PreAuthorize("hasAnyRole('REGISTRAR', 'CASE_OFFICER', 'LEGAL_REVIEWER', 'HEAD_OF_OFFICE', 'STATISTICIAN')")
	public JsonNode published(GongkaiUser officer, String agencyCode, int year, String scope, int version) {
		ReportRequest request = access.readable(officer, agencyCode, year, null, scope, AuditAction.REPORT_READ);
		return publications.history(request.agency().id(), year, request.scope())
			.stream()
			.filter(s -> s.version() == version)
			.findFirst()
			.orElseThrow(() -> new Refusal("refusal.reporting.publish.noVersion", version))
			.content();
	}

	/**
	 * The restatement: the latest published version against the report recomputed now in
	 * the same format.
	 */
	public record Restatement(Integer publishedVersion, String format, boolean restatementNeeded,
			List<Publications.Difference> differences) {
	}

	@PreAuthorize("hasAnyRole('REGISTRAR', 'CASE_OFFICER', 'LEGAL_REVIEWER', 'HEAD_OF_OFFICE', 'STATISTICIAN')")
	public Restatement diff(GongkaiUser officer, String agencyCode, int year, String scope) {
		ReportRequest request = access.readable(officer, agencyCode, year, null, scope, AuditAction.REPORT_READ);
		Optional<Publications.Snapshot> latest = publications.latest(request.agency().id(), year, request.scope());
		if (latest.isEmpty()) {
			return new Restatement(null, null, false, List.of());
		}
		Publications.Snapshot s = latest.get();
		AnnualReport now = compiler.compute(request.inFormat(s.format())).report();
		List<Publications.Difference> differences = publications.diff(s.content(), now);
		return new Restatement(s.version(), s.format(), !differences.isEmpty(), differences);
	}

}
