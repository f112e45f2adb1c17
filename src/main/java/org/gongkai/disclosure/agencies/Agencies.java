package org.gongkai.disclosure.agencies;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class Agencies {

	private static final RowMapper<Agency> ROW = (rs, n) -> new Agency(rs.getObject("id", UUID.class),
			rs.getString("code"), rs.getString("name"), rs.getObject("parent_id", UUID.class),
			rs.getString("office_name"), rs.getString("address"), rs.getString("phone"));

	private final JdbcClient jdbc;

	Agencies(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Agency> byId(UUID id) {
		return jdbc.sql("select * from agency where id = ?").param(id).query(ROW).optional();
	}

	public Optional<Agency> byCode(String code) {
		return jdbc.sql("select * from agency where code = ?").param(code).query(ROW).optional();
	}

	public List<Agency> all() {
		return jdbc.sql("select * from agency order by code").query(ROW).list();
	}

	/** The agencies directly below {@code parent} (its departments, towns …), by code. */
	public List<Agency> childrenOf(UUID parent) {
		return jdbc.sql("select * from agency where parent_id = ? order by code").param(parent).query(ROW).list();
	}

	/**
	 * Whether {@code ancestor} is above {@code agency} in the hierarchy (its parent,
	 * grandparent, …).
	 */
	public boolean isAncestorOf(UUID ancestor, UUID agency) {
		return jdbc.sql("""
				with recursive up(id, parent_id, depth) as (
				    select id, parent_id, 0 from agency where id = :agency
				    union all
				    select a.id, a.parent_id, up.depth + 1 from agency a join up on a.id = up.parent_id
				    where up.depth < 20)
				select count(*) from up where id = :ancestor and depth > 0""")
			.param("agency", agency)
			.param("ancestor", ancestor)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * {@code agency} and every agency below it (recursive parent links), nearest first,
	 * then by code.
	 */
	public List<Agency> selfAndBelow(UUID agency) {
		return jdbc.sql("""
				with recursive down(id, depth) as (
				    select id, 0 from agency where id = :agency
				    union all
				    select a.id, down.depth + 1 from agency a join down on a.parent_id = down.id
				    where down.depth < 20)
				select a.* from agency a join down on down.id = a.id
				order by down.depth, a.code""").param("agency", agency).query(ROW).list();
	}

	public Agency save(Agency agency) {
		jdbc.sql("""
				insert into agency (id, code, name, parent_id, office_name, address, phone)
				values (:id, :code, :name, :parentId, :officeName, :address, :phone)
				on conflict (id) do update set code = excluded.code, name = excluded.name,
				    parent_id = excluded.parent_id, office_name = excluded.office_name,
				    address = excluded.address, phone = excluded.phone""").paramSource(agency).update();
		return agency;
	}

}
