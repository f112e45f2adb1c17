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
	 * The holder of an identity number (the one record without an {@link IdentityCheck}),
	 * found through the blind index: nothing is decrypted to search.
	 */
	public Optional<Applicant> holderOf(IdDocumentType type, String number) {
		return jdbc.sql("""
				select * from applicant
				where id_document_type = ? and id_document_index = ? and identity_check is null""")
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

	/** Why the applicant waits for an identity check; empty for the number's holder. */
	public Optional<IdentityCheck> identityCheck(ApplicantId id) {
		return jdbc.sql("select identity_check from applicant where id = ?")
			.param(id.value())
			.query((rs, n) -> rs.getString(1) == null ? null : IdentityCheck.valueOf(rs.getString(1)))
			.optional();
	}

	/**
	 * Saves the applicant as the holder of its identity number.
	 * @return false, and nothing saved, if the number already has a holder (the unique
	 * index decides, so two simultaneous filings cannot both hold it)
	 */
	boolean saveAsHolder(Applicant applicant) {
		return insert(applicant, null) == 1;
	}

	/**
	 * Saves the applicant with every detail as typed, but waiting for an identity check:
	 * it never holds the number.
	 */
	Applicant saveForCheck(Applicant applicant, IdentityCheck check) {
		insert(applicant, check);
		return applicant;
	}

	private int insert(Applicant applicant, IdentityCheck check) {
		return jdbc.sql("""
				insert into applicant (id, category, name, id_document_type, id_document_number,
				                       id_document_index, phone, email, address, created_at, identity_check)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (id_document_type, id_document_index) where identity_check is null do nothing""")
			.params(applicant.id().value(), applicant.category().name(), applicant.name(),
					applicant.idDocumentType().name(), cipher.encrypt(applicant.idDocumentNumber()),
					cipher.index(applicant.idDocumentNumber()), cipher.encrypt(applicant.phone()), applicant.email(),
					applicant.address(), OffsetDateTime.now(), check == null ? null : check.name())
			.update();
	}

	private Applicant map(ResultSet rs, int n) throws SQLException {
		return new Applicant(new ApplicantId(rs.getObject("id", UUID.class)),
				ApplicantCategory.valueOf(rs.getString("category")), rs.getString("name"),
				IdDocumentType.valueOf(rs.getString("id_document_type")),
				cipher.decrypt(rs.getString("id_document_number")), cipher.decrypt(rs.getString("phone")),
				rs.getString("email"), rs.getString("address"));
	}

}
