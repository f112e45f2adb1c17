package org.gongkai.disclosure.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.gongkai.disclosure.agencies.Agencies;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.applicants.ApplicantCategory;
import org.gongkai.disclosure.proactive.ProactiveEntry;
import org.gongkai.disclosure.proactive.ProactiveRegistry;
import org.gongkai.disclosure.shared.ids.AgencyId;

import org.springframework.stereotype.Component;

/**
 * Where every number of a report comes from: the agencies in scope, and over them one
 * aggregation per source (cases, fee records, the proactive registry, appeals) — and the
 * records behind one number, read with the same definition as its count.
 */
@Component
class ReportSources {

	private final Agencies agencies;

	private final CaseStatistics cases;

	private final FeeStatistics fees;

	private final ProactiveRegistry registry;

	private final AppealStatistics appeals;

	ReportSources(Agencies agencies, CaseStatistics cases, FeeStatistics fees, ProactiveRegistry registry,
			AppealStatistics appeals) {
		this.agencies = agencies;
		this.cases = cases;
		this.fees = fees;
		this.registry = registry;
		this.appeals = appeals;
	}

	/** The agency, and for a summary every agency below it, with names. */
	List<ReportData.ScopedAgency> agenciesIn(Agency agency, ReportScope scope) {
		List<Agency> covered = scope == ReportScope.AGENCY ? List.of(agency) : agencies.selfAndBelow(agency.id());
		return covered.stream().map(a -> new ReportData.ScopedAgency(a.id().value(), a.code(), a.name())).toList();
	}

	/** The counts a report in {@code format} is rendered from. */
	ReportData gather(ReportRequest request) {
		List<ReportData.ScopedAgency> scoped = agenciesIn(request.agency(), request.scope());
		List<UUID> ids = scoped.stream().map(ReportData.ScopedAgency::id).toList();
		int year = request.year();
		List<CaseMeasure> measures = new ArrayList<>(request.format().caseMeasures());
		// the drafted texts quote these in every format
		measures.addAll(CaseMeasure.sectionThree());
		return new ReportData(year, scoped, cases.count(ids, year, measures), fees.count(ids, year),
				registry.current(ids.stream().map(AgencyId::new).toList(), year));
	}

	AppealCounts appealCounts(List<UUID> agencyIds, int year) {
		return appeals.countsFor(agencyIds, year);
	}

	Map<UUID, AppealCounts> appealCountsByAgency(List<UUID> agencyIds, int year) {
		return appeals.countsByAgency(agencyIds, year);
	}

	void cases(ReportData data, CaseMeasure measure, ApplicantCategory column, long offset, int limit,
			Consumer<CaseStatistics.CountedCase> each) {
		cases.cases(data.agencies(), data.year(), measure, column, offset, limit, each);
	}

	void fees(ReportData data, FeeStatistics.FeeMeasure measure, long offset, int limit,
			Consumer<FeeStatistics.FeeCase> each) {
		fees.cases(data.agencies(), data.year(), measure, offset, limit, each);
	}

	List<ProactiveEntry> registryEntries(ReportData data, CellSource.Registry item) {
		return registry.entries(data.agencyIds().stream().map(AgencyId::new).toList(), data.year(), item.item());
	}

	void appeals(ReportData data, AppealCounts.Group group, AppealCounts.Result result, long offset, int limit,
			Consumer<AppealStatistics.CountedAppeal> each) {
		appeals.appeals(data.agencies(), data.year(), group, result, offset, limit, each);
	}

}
