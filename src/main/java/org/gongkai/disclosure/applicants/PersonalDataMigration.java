package org.gongkai.disclosure.applicants;

import java.util.List;
import java.util.UUID;

import org.gongkai.disclosure.privacy.PersonalDataCipher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps personal data encrypted with the current key: at every start it encrypts any
 * plaintext left by older versions and re-encrypts values under a retired key (key
 * rotation, see README). Idempotent.
 */
@Component
class PersonalDataMigration implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(PersonalDataMigration.class);

	private final JdbcClient jdbc;

	private final PersonalDataCipher cipher;

	PersonalDataMigration(JdbcClient jdbc, PersonalDataCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		int rewritten = reencryptAll();
		if (rewritten > 0) {
			log.info("Personal data: {} applicant records encrypted with the current key", rewritten);
		}
	}

	@Transactional
	public int reencryptAll() {
		record Row(UUID id, String idNumber, String phone) {
		}
		// only rows not yet under the current key are read: a normal start reads nothing
		List<Row> rows = jdbc.sql("""
				select id, id_document_number, phone from applicant
				where id_document_number not like :current or phone not like :current""")
			.param("current", cipher.currentPrefix() + "%")
			.query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getString("id_document_number"),
					rs.getString("phone")))
			.list();
		int rewritten = 0;
		for (Row row : rows) {
			if (cipher.needsReencryption(row.idNumber()) || cipher.needsReencryption(row.phone())) {
				String idNumber = cipher.decrypt(row.idNumber());
				String phone = cipher.decrypt(row.phone());
				jdbc.sql("update applicant set id_document_number = ?, id_document_index = ?, phone = ? where id = ?")
					.params(cipher.encrypt(idNumber), cipher.index(idNumber), cipher.encrypt(phone), row.id())
					.update();
				rewritten++;
			}
		}
		return rewritten;
	}

}
