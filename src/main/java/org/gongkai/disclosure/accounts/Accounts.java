package org.gongkai.disclosure.accounts;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
public class Accounts {

    private static final RowMapper<Account> ROW = (rs, n) -> new Account(rs.getObject("id", UUID.class),
            rs.getString("username"), rs.getString("password_hash"), rs.getString("display_name"),
            Role.valueOf(rs.getString("role")), rs.getObject("agency_id", UUID.class),
            rs.getObject("applicant_id", UUID.class), rs.getBoolean("enabled"));

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;

    Accounts(JdbcClient jdbc, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.passwords = passwords;
    }

    public Optional<Account> byUsername(String username) {
        return jdbc.sql("select * from account_user where username = ?").param(username).query(ROW).optional();
    }

    public boolean exists(String username) {
        return byUsername(username).isPresent();
    }

    /** Creates a login; the raw password is hashed here and never stored or logged. */
    @Transactional
    public Account create(String username, String rawPassword, String displayName, Role role, UUID agencyId,
                          UUID applicantId) {
        PasswordPolicy.check(username, rawPassword);
        if (exists(username)) {
            throw new IllegalArgumentException("用户名已被使用");
        }
        Account account = new Account(UUID.randomUUID(), username, passwords.encode(rawPassword), displayName, role,
                agencyId, applicantId, true);
        jdbc.sql("""
                        insert into account_user (id, username, password_hash, display_name, role, agency_id,
                                                  applicant_id, enabled, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(account.id(), account.username(), account.passwordHash(), account.displayName(),
                        account.role().name(), account.agencyId(), account.applicantId(), account.enabled(),
                        OffsetDateTime.now())
                .update();
        return account;
    }
}
