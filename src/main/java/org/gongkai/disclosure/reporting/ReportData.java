package org.gongkai.disclosure.reporting;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.gongkai.disclosure.proactive.ProactiveRegistry;

/**
 * Everything a report is rendered from, gathered once: one query per source over the
 * agencies in scope.
 */
record ReportData(int year, List<ScopedAgency> agencies, CaseCounts cases,
		Map<UUID, Map<FeeStatistics.FeeMeasure, Long>> fees, List<ProactiveRegistry.Figure> registry) {

	record ScopedAgency(UUID id, String code, String name) {
	}

	ScopedAgency agency(UUID id) {
		return agencies.stream()
			.filter(a -> a.id().equals(id))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("agency not in scope: " + id));
	}

	List<UUID> agencyIds() {
		return agencies.stream().map(ScopedAgency::id).toList();
	}
}
