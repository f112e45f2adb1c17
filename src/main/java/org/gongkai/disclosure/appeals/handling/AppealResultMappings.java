package org.gongkai.disclosure.appeals.handling;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.appeals.AppealResult;
import org.gongkai.disclosure.appeals.DecisionType;
import org.gongkai.disclosure.audit.AuditAction;
import org.gongkai.disclosure.audit.AuditResult;
import org.gongkai.disclosure.audit.AuditTrail;
import org.gongkai.disclosure.shared.Refusal;
import org.gongkai.disclosure.shared.StateRefusal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which section 四 column each decision or judgment type counts in
 * ({@code appeal_result_mapping}): seeded from docs/statute.md#s2.3 (an interpretation
 * the client is to confirm), changed only by an administrator, every change audited with
 * the old and the new column. A change applies to every report compiled afterwards, past
 * years included.
 */
@Service
public class AppealResultMappings {

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	AppealResultMappings(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	public List<Mapping> all() {
		return jdbc.sql("select decision_type, result, updated_at, updated_by from appeal_result_mapping")
			.query((rs, n) -> new Mapping(DecisionType.valueOf(rs.getString(1)), AppealResult.valueOf(rs.getString(2)),
					rs.getObject(3, OffsetDateTime.class).toInstant(), rs.getString(4)))
			.list()
			.stream()
			.sorted(Comparator.comparing(m -> m.type().ordinal()))
			.toList();
	}

	/** The whole mapping in one read, for lists. */
	public Map<DecisionType, AppealResult> results() {
		Map<DecisionType, AppealResult> results = new EnumMap<>(DecisionType.class);
		all().forEach(m -> results.put(m.type(), m.result()));
		return results;
	}

	public AppealResult resultOf(DecisionType type) {
		return jdbc.sql("select result from appeal_result_mapping where decision_type = ?")
			.param(type.name())
			.query(String.class)
			.optional()
			.map(AppealResult::valueOf)
			.orElseThrow(() -> new StateRefusal("refusal.appeals.resultMapping.missing", type.name()));
	}

	@Transactional
	@PreAuthorize("hasRole('ADMINISTRATOR')")
	public Mapping change(GongkaiUser admin, DecisionType type, AppealResult result) {
		if (type == null || result == null) {
			throw new Refusal("refusal.appeals.resultMapping.chooseBoth");
		}
		if (!type.hasOwnResult()) {
			// 发回重审 ends no suit: the retrial's decision is counted (行政诉讼法 art 89, 201号)
			throw new Refusal("refusal.appeals.resultMapping.remandNotCounted", type.label());
		}
		AppealResult before = resultOf(type);
		jdbc.sql("update appeal_result_mapping set result = ?, updated_at = now(), updated_by = ? "
				+ "where decision_type = ?")
			.params(result.name(), admin.displayName(), type.name())
			.update();
		audit.record(AuditAction.APPEAL_MAPPING_CHANGED, "appeal-result-mapping", type.name(), AuditResult.SUCCESS,
				type.kind().label() + "“" + type.label() + "”：" + before.label() + " → " + result.label());
		return all().stream().filter(m -> m.type() == type).findFirst().orElseThrow();
	}

	/** The {@code updated_by} of a row nobody has changed since the seed (V20). */
	private static final String SEED = "§2.3";

	/** One row of the mapping, with who changed it last (the seed says "§2.3"). */
	public record Mapping(DecisionType type, AppealResult result, Instant updatedAt, String updatedBy) {

		/** Who changed it last, in words: the seed's internal mark reads 「初始口径」. */
		public String lastChangedBy() {
			return SEED.equals(updatedBy) ? "初始口径（未修改）" : updatedBy;
		}

		public String kindLabel() {
			return type.kind().label();
		}

		public String label() {
			return type.label();
		}

		public String legalBasis() {
			return type.legalBasis();
		}
	}

}
