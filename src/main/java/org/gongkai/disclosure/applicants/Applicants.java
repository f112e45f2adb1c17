package org.gongkai.disclosure.applicants;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import org.gongkai.disclosure.privacy.PersonalDataCipher;
import org.gongkai.disclosure.shared.ids.ApplicantId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The applicant table. Identity and phone numbers are stored encrypted and decrypted only
 * here; the blind index finds an applicant by identity number without decrypting
 * anything.
 */
@Repository
public class Applicants {

	private final JdbcClient jdbc;

	private final PersonalDataCipher cipher;

	Applicants(JdbcClient jdbc, PersonalDataCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	public Optional<Applicant> byId(ApplicantId id) {
		return jdbc.sql("select * from applicant where id = ?").param(id.value()).query(this::map).optional();
	}

	/**
	 * Finds an applicant by identity document through the blind index (nothing is
	 * decrypted to search).
	 */
	public Optional<Applicant> byIdNumber(IdDocumentType type, String number) {
		return jdbc.sql("select * from applicant where id_document_type = ? and id_document_index = ? limit 1")
			.params(type.name(), cipher.index(number))
			.query(this::map)
			.optional();
	}

	public boolean existsWithIdNumber(IdDocumentType type, String number) {
		return jdbc.sql("select count(*) from applicant where id_document_type = ? and id_document_index = ?")
			.params(type.name(), cipher.index(number))
			.query(Long.class)
			.single() > 0;
	}

	public Applicant save(Applicant applicant) {
		jdbc.sql("""
				insert into applicant (id, category, name, id_document_type, id_document_number,
				                       id_document_index, phone, email, address, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(applicant.id().value(), applicant.category().name(), applicant.name(),
					applicant.idDocumentType().name(), cipher.encrypt(applicant.idDocumentNumber()),
					cipher.index(applicant.idDocumentNumber()), cipher.encrypt(applicant.phone()), applicant.email(),
					applicant.address(), OffsetDateTime.now())
			.update();
		return applicant;
	}

	private Applicant map(ResultSet rs, int n) throws SQLException {
		return new Applicant(new ApplicantId(rs.getObject("id", UUID.class)),
				ApplicantCategory.valueOf(rs.getString("category")), rs.getString("name"),
				IdDocumentType.valueOf(rs.getString("id_document_type")),
				cipher.decrypt(rs.getString("id_document_number")), cipher.decrypt(rs.getString("phone")),
				rs.getString("email"), rs.getString("address"));
	}

}
