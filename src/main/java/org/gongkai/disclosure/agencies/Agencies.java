package org.gongkai.disclosure.agencies;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.gongkai.disclosure.shared.Refusal;
import org.gongkai.disclosure.shared.ids.AgencyId;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class Agencies {

	private static final RowMapper<Agency> ROW = (rs, n) -> new Agency(agencyId(rs, "id"), rs.getString("code"),
			rs.getString("name"), agencyId(rs, "parent_id"), rs.getString("office_name"), rs.getString("address"),
			rs.getString("phone"));

	private final JdbcClient jdbc;

	Agencies(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Agency> byId(AgencyId id) {
		return jdbc.sql("select * from agency where id = ?").param(id.value()).query(ROW).optional();
	}

	public Optional<Agency> byCode(String code) {
		return jdbc.sql("select * from agency where code = ?").param(code).query(ROW).optional();
	}

	public List<Agency> all() {
		return jdbc.sql("select * from agency order by code").query(ROW).list();
	}

	/** The agencies directly below {@code parent} (its departments, towns …), by code. */
	public List<Agency> childrenOf(AgencyId parent) {
		return jdbc.sql("select * from agency where parent_id = ? order by code")
			.param(parent.value())
			.query(ROW)
			.list();
	}

	/**
	 * Whether {@code ancestor} is above {@code agency} in the hierarchy (its parent,
	 * grandparent, …).
	 */
	public boolean isAncestorOf(AgencyId ancestor, AgencyId agency) {
		return jdbc.sql("""
				with recursive up(id, parent_id, depth) as (
				    select id, parent_id, 0 from agency where id = :agency
				    union all
				    select a.id, a.parent_id, up.depth + 1 from agency a join up on a.id = up.parent_id
				    where up.depth < 20)
				select count(*) from up where id = :ancestor and depth > 0""")
			.param("agency", agency.value())
			.param("ancestor", ancestor.value())
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * {@code agency} and every agency below it (recursive parent links), nearest first,
	 * then by code.
	 */
	public List<Agency> selfAndBelow(AgencyId agency) {
		return jdbc.sql("""
				with recursive down(id, depth) as (
				    select id, 0 from agency where id = :agency
				    union all
				    select a.id, down.depth + 1 from agency a join down on a.parent_id = down.id
				    where down.depth < 20)
				select a.* from agency a join down on down.id = a.id
				order by down.depth, a.code""").param("agency", agency.value()).query(ROW).list();
	}

	/**
	 * The particulars of an agency (letters and reports). Agencies created before go-live
	 * administration are classified by their place in the tree.
	 */
	public AgencyParticulars particulars(AgencyId agencyId) {
		return jdbc.sql("select * from agency where id = ?")
			.param(agencyId.value())
			.query(Agencies::particulars)
			.optional()
			.orElseThrow(() -> new Refusal("refusal.agencies.agency.unknown"));
	}

	/**
	 * The 行政复议机关 and 人民法院 the agency's letters name (docs/statute.md#remedy-organs).
	 */
	public RemedyOrgans remedyOrgans(AgencyId agencyId) {
		Agency agency = byId(agencyId).orElseThrow(() -> new Refusal("refusal.agencies.agency.unknown"));
		String parentName = agency.parentId() == null ? null
				: byId(agency.parentId()).map(parent -> particulars(parent.id()).printedName(parent)).orElse(null);
		return RemedyOrgans.of(particulars(agencyId), parentName);
	}

	/** Records the particulars of an existing agency. */
	public void saveParticulars(AgencyParticulars p) {
		int updated = jdbc.sql("""
				update agency set kind = :kind, full_name = :fullName, reference_prefix = :prefix,
				    review_body = :reviewBody, court = :court, charges_fees = :chargesFees, report_due = :reportDue,
				    fee_payment = :feePayment
				where id = :id""")
			.param("kind", p.kind().name())
			.param("fullName", p.fullName())
			.param("prefix", p.referencePrefix())
			.param("reviewBody", p.reviewBody())
			.param("court", p.court())
			.param("chargesFees", p.chargesFees())
			.param("reportDue",
					p.reportDue() == null ? null
							: "%02d-%02d".formatted(p.reportDue().getMonthValue(), p.reportDue().getDayOfMonth()))
			.param("feePayment", p.feePayment())
			.param("id", p.agencyId().value())
			.update();
		if (updated != 1) {
			throw new Refusal("refusal.agencies.agency.unknown");
		}
	}

	private static AgencyParticulars particulars(ResultSet rs, int n) throws SQLException {
		UUID parent = rs.getObject("parent_id", UUID.class);
		String kind = rs.getString("kind");
		String due = rs.getString("report_due");
		return new AgencyParticulars(agencyId(rs, "id"),
				kind != null ? AgencyKind.valueOf(kind)
						: parent == null ? AgencyKind.GOVERNMENT : AgencyKind.SUBORDINATE,
				rs.getString("full_name"), rs.getString("reference_prefix"), rs.getString("review_body"),
				rs.getString("court"), rs.getBoolean("charges_fees"), due == null ? null : MonthDay.parse("--" + due),
				rs.getString("fee_payment"));
	}

	public Agency save(Agency agency) {
		jdbc.sql("""
				insert into agency (id, code, name, parent_id, office_name, address, phone)
				values (:id, :code, :name, :parentId, :officeName, :address, :phone)
				on conflict (id) do update set code = excluded.code, name = excluded.name,
				    parent_id = excluded.parent_id, office_name = excluded.office_name,
				    address = excluded.address, phone = excluded.phone""")
			.param("id", agency.id().value())
			.param("code", agency.code())
			.param("name", agency.name())
			.param("parentId", agency.parentId() == null ? null : agency.parentId().value())
			.param("officeName", agency.officeName())
			.param("address", agency.address())
			.param("phone", agency.phone())
			.update();
		return agency;
	}

	private static AgencyId agencyId(ResultSet rs, String column) throws SQLException {
		UUID id = rs.getObject(column, UUID.class);
		return id == null ? null : new AgencyId(id);
	}

}
