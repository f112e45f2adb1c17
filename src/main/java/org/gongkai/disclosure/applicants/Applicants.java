package org.gongkai.disclosure.applicants;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class Applicants {

    private static final RowMapper<Applicant> ROW = (rs, n) -> new Applicant(
            new ApplicantId(rs.getObject("id", UUID.class)), ApplicantCategory.valueOf(rs.getString("category")),
            rs.getString("name"), IdDocumentType.valueOf(rs.getString("id_document_type")),
            rs.getString("id_document_number"), rs.getString("phone"), rs.getString("email"),
            rs.getString("address"));

    private final JdbcClient jdbc;

    Applicants(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Applicant> byId(ApplicantId id) {
        return jdbc.sql("select * from applicant where id = ?").param(id.value()).query(ROW).optional();
    }

    public Applicant save(Applicant applicant) {
        jdbc.sql("""
                        insert into applicant (id, category, name, id_document_type, id_document_number, phone, email,
                                               address, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(applicant.id().value(), applicant.category().name(), applicant.name(),
                        applicant.idDocumentType().name(), applicant.idDocumentNumber(), applicant.phone(),
                        applicant.email(), applicant.address(), OffsetDateTime.now())
                .update();
        return applicant;
    }
}
