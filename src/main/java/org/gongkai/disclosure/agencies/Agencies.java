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

    public Agency save(Agency agency) {
        jdbc.sql("""
                        insert into agency (id, code, name, parent_id, office_name, address, phone)
                        values (:id, :code, :name, :parentId, :officeName, :address, :phone)
                        on conflict (id) do update set code = excluded.code, name = excluded.name,
                            parent_id = excluded.parent_id, office_name = excluded.office_name,
                            address = excluded.address, phone = excluded.phone""")
                .paramSource(agency)
                .update();
        return agency;
    }
}
