package org.gongkai.disclosure.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

import org.gongkai.disclosure.GongkaiIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit trail against its own application (issue 13 item 3). The application's role
 * may only read and append, so every tampering is first attempted with exactly its
 * privileges ({@code SET ROLE}) and refused; the owner can still tamper, so each kind is
 * then done as the owner and {@link AuditTrail#verify()} must catch it. Each tampering is
 * undone afterwards, with the chainer held off meanwhile.
 */
@GongkaiIntegrationTest
class AuditTamperIT {

	private static final String APPLICATION_ROLE = "gongkai_app";

	private static final String INSUFFICIENT_PRIVILEGE = "42501";

	@Autowired
	AuditTrail trail;

	@Autowired
	AuditChain chain;

	@Autowired
	AuditSettings settings;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void theApplicationsRoleCanReadAndAppendButNeitherChangeNorRemoveNorUnprotect() {
		trail.recordAlone(AuditAction.AUDIT_READ, "test", "role", AuditResult.SUCCESS, "一条记录");
		chain.chainPending();
		assertThat(jdbc.sql("select tableowner from pg_tables where tablename in ('audit_event', 'audit_link')")
			.query(String.class)
			.list()).doesNotContain(APPLICATION_ROLE);

		assertThat(asTheApplication("select count(*) from audit_event join audit_link on event_seq = seq")).isNull();
		assertThat(asTheApplication("""
				insert into audit_event (occurred_at, actor_name, action, result, detail)
				values (now(), '系统', 'AUDIT_TEST', 'SUCCESS', '追加')""")).isNull();
		for (String tampering : List.of("update audit_event set detail = 'forged'", "delete from audit_event",
				"truncate audit_event", "alter table audit_event disable trigger audit_event_append_only",
				"alter table audit_event disable trigger user", "drop table audit_event cascade",
				"update audit_link set mac = repeat('0', 64)", "delete from audit_link", "truncate audit_link",
				"alter table audit_link disable trigger audit_link_append_only",
				"alter table audit_link drop constraint audit_link_event_seq_fkey",
				"set session_replication_role = replica")) {
			assertThat(asTheApplication(tampering)).as(tampering).isEqualTo(INSUFFICIENT_PRIVILEGE);
		}
	}

	@Test
	void aChangedLineIsCaught() {
		tamperAsTheOwner(owner -> {
			long victim = middleLine(owner);
			owner.sql("update audit_event set detail = detail || '（改）' where seq = ?").param(victim).update();
			return victim;
		}, (victim, check) -> {
			assertThat(check.intact()).isFalse();
			assertThat(check.firstBrokenSeq()).isEqualTo(victim);
			assertThat(check.problem()).contains("被修改");
		});
	}

	@Test
	void aDeletedLineInTheMiddleIsCaught() {
		tamperAsTheOwner(owner -> {
			long victim = middleLine(owner);
			owner.sql("delete from audit_link where event_seq = ?").param(victim).update();
			owner.sql("delete from audit_event where seq = ?").param(victim).update();
			return victim;
		}, (victim, check) -> {
			assertThat(check.intact()).isFalse();
			assertThat(check.problem()).contains("缺失");
		});
		// and without its link's help: the line alone, behind the foreign key's back
		tamperAsTheOwner(owner -> {
			long victim = middleLine(owner);
			owner.sql("alter table audit_link drop constraint audit_link_event_seq_fkey").update();
			owner.sql("delete from audit_event where seq = ?").param(victim).update();
			return victim;
		}, (victim, check) -> {
			assertThat(check.intact()).isFalse();
			assertThat(check.firstBrokenSeq()).isEqualTo(victim);
			assertThat(check.problem()).contains("已被删除");
		});
	}

	@Test
	void aDeletedTailIsCaughtByTheCheckpoint() {
		tamperAsTheOwner(owner -> {
			List<Long> tail = owner.sql("select event_seq from audit_link order by position desc limit 3")
				.query(Long.class)
				.list();
			owner.sql("delete from audit_link where event_seq in (:tail)").param("tail", tail).update();
			owner.sql("delete from audit_event where seq in (:tail)").param("tail", tail).update();
			return tail.get(0);
		}, (victim, check) -> {
			assertThat(check.intact()).isFalse();
			assertThat(check.firstBrokenSeq()).isNull();
			assertThat(check.problem()).contains("末尾的记录被删除");
		});
	}

	@Test
	void aChainRecomputedWithoutTheKeyIsCaught() {
		ChainKey guessed = new ChainKey(new AuditSettings("Z3Vlc3NlZC1rZXktZ3Vlc3NlZC1rZXktZ3Vlc3NlZCE=",
				settings.checkpointFile(), null, null));
		tamperAsTheOwner(owner -> {
			long victim = middleLine(owner);
			owner.sql("update audit_event set detail = detail || '（改）' where seq = ?").param(victim).update();
			relink(owner, guessed, 1);
			return owner.sql("select event_seq from audit_link where position = 1").query(Long.class).single();
		}, (first, check) -> {
			assertThat(check.intact()).isFalse();
			assertThat(check.firstBrokenSeq()).isEqualTo(first);
			assertThat(check.problem()).contains("链被重新计算");
		});
	}

	@Test
	void aChainRecomputedWithAStolenKeyIsCaughtByTheCheckpoint() {
		ChainKey stolen = new ChainKey(settings);
		tamperAsTheOwner(owner -> {
			long victim = middleLine(owner);
			owner.sql("update audit_event set detail = detail || '（改）' where seq = ?").param(victim).update();
			long position = owner.sql("select position from audit_link where event_seq = ?")
				.param(victim)
				.query(Long.class)
				.single();
			relink(owner, stolen, position);
			return victim;
		}, (victim, check) -> {
			assertThat(check.intact()).isFalse();
			assertThat(check.problem()).contains("与检查点").contains("链被重新计算");
		});
	}

	@Test
	void aCheckpointNotSignedWithTheKeyIsCaught() {
		tamperAsTheOwner(owner -> {
			String end = owner.sql("select position || ' ' || mac from audit_link order by position desc limit 1")
				.query(String.class)
				.single();
			append(settings.checkpointFile(), "checkpoint " + end + " " + Instant.now() + " " + "0".repeat(64));
			return 0L;
		}, (none, check) -> {
			assertThat(check.intact()).isFalse();
			assertThat(check.problem()).contains("检查点文件").contains("不是本系统签发");
		});
	}

	@Test
	void linesWaitUntilTheChainerLinksThemAndALateCommitJoinsTheChainsEnd() throws Exception {
		chain.chainPending();
		CountDownLatch inserted = new CountDownLatch(1);
		CountDownLatch mayCommit = new CountDownLatch(1);
		TransactionTemplate slow = new TransactionTemplate(transactions);
		CompletableFuture<Void> late = CompletableFuture.runAsync(() -> slow.executeWithoutResult(status -> {
			trail.record(AuditAction.AUDIT_READ, "test", "late", AuditResult.SUCCESS, "先编号，后提交");
			inserted.countDown();
			await(mayCommit);
		}));
		assertThat(inserted.await(10, TimeUnit.SECONDS)).isTrue();
		trail.recordAlone(AuditAction.AUDIT_READ, "test", "early", AuditResult.SUCCESS, "后编号，先提交");
		chain.chainPending();
		AuditEvent earlyLine = trail.recent(1, "test", "early").get(0);
		try (Connection connection = dataSource.getConnection()) {
			// the chainer held off, as if it had run just before the late commit
			JdbcClient chainer = JdbcClient.create(new SingleConnectionDataSource(connection, true));
			chainer.sql("select pg_advisory_lock(?)").param(AuditChain.CHAIN_LOCK).query().singleRow();
			mayCommit.countDown();
			late.get(10, TimeUnit.SECONDS);
			AuditEvent lateLine = trail.recent(1, "test", "late").get(0);
			assertThat(lateLine.seq()).isLessThan(earlyLine.seq());
			assertThat(earlyLine.chainPosition()).isNotNull();
			assertThat(lateLine.chainPosition()).isNull();
			assertThat(trail.verify()).satisfies(check -> {
				assertThat(check.intact()).isTrue();
				assertThat(check.waitingToBeChained()).isGreaterThanOrEqualTo(1);
			});
			chainer.sql("select pg_advisory_unlock(?)").param(AuditChain.CHAIN_LOCK).query().singleRow();
		}

		chain.chainPending();
		assertThat(trail.recent(1, "test", "late").get(0).chainPosition()).isGreaterThan(earlyLine.chainPosition());
		assertThat(trail.verify()).satisfies(check -> {
			assertThat(check.intact()).isTrue();
			assertThat(check.waitingToBeChained()).isZero();
		});
	}

	/**
	 * Runs one statement in a transaction with exactly the application role's privileges,
	 * rolls back, and returns the SQLSTATE it failed with (null if it succeeded).
	 */
	private String asTheApplication(String sql) {
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try (Statement statement = connection.createStatement()) {
				statement.execute("set local role " + APPLICATION_ROLE);
				statement.execute(sql);
				return null;
			}
			catch (SQLException refused) {
				return refused.getSQLState();
			}
			finally {
				connection.rollback();
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * Links and anchors every line, then tampers as the owner while holding the chainer
	 * off, verifies, and restores the tables and the checkpoint file exactly.
	 */
	private void tamperAsTheOwner(Tampering tampering, Expectation expectation) {
		trail.recordAlone(AuditAction.AUDIT_READ, "test", "tamper", AuditResult.SUCCESS, "篡改前的一条记录");
		trail.recordAlone(AuditAction.AUDIT_READ, "test", "tamper", AuditResult.SUCCESS, "篡改前的又一条记录");
		chain.chainPending();
		chain.checkpoint();
		assertThat(trail.verify().intact()).isTrue();
		Path checkpointFile = settings.checkpointFile();
		try (Connection connection = dataSource.getConnection()) {
			JdbcClient owner = JdbcClient.create(new SingleConnectionDataSource(connection, true));
			owner.sql("select pg_advisory_lock(?)").param(AuditChain.CHAIN_LOCK).query().singleRow();
			owner.sql("create temporary table saved_event as select * from audit_event").update();
			owner.sql("create temporary table saved_link as select * from audit_link").update();
			String savedCheckpoints = Files.readString(checkpointFile);
			owner.sql("alter table audit_event disable trigger audit_event_append_only").update();
			owner.sql("alter table audit_link disable trigger audit_link_append_only").update();
			try {
				long victim = tampering.apply(owner);
				expectation.check(victim, trail.verify());
			}
			finally {
				owner.sql("delete from audit_link").update();
				owner.sql("delete from audit_event").update();
				owner.sql("insert into audit_event overriding system value select * from saved_event").update();
				owner.sql("insert into audit_link select * from saved_link").update();
				owner.sql("alter table audit_link drop constraint if exists audit_link_event_seq_fkey").update();
				owner
					.sql("alter table audit_link add constraint audit_link_event_seq_fkey "
							+ "foreign key (event_seq) references audit_event (seq)")
					.update();
				owner.sql("alter table audit_event enable trigger audit_event_append_only").update();
				owner.sql("alter table audit_link enable trigger audit_link_append_only").update();
				owner.sql("drop table saved_event, saved_link").update();
				Files.writeString(checkpointFile, savedCheckpoints);
				owner.sql("select pg_advisory_unlock(?)").param(AuditChain.CHAIN_LOCK).query().singleRow();
			}
		}
		catch (SQLException | IOException e) {
			throw new IllegalStateException(e);
		}
		assertThat(trail.verify().intact()).isTrue();
	}

	/** A line linked in the middle of the chain. */
	private static long middleLine(JdbcClient owner) {
		return owner.sql("select event_seq from audit_link where position = (select max(position) / 2 from audit_link)")
			.query(Long.class)
			.single();
	}

	/** Rewrites the links from {@code from} on with {@code key}, as a forger would. */
	private static void relink(JdbcClient owner, ChainKey key, long from) {
		String previous = from == 1 ? ChainKey.GENESIS
				: owner.sql("select mac from audit_link where position = ?")
					.param(from - 1)
					.query(String.class)
					.single();
		List<Object[]> links = new ArrayList<>();
		long position = from;
		for (AuditEvent e : owner.sql("""
				select e.*, l.position, l.mac from audit_link l join audit_event e on e.seq = l.event_seq
				where l.position >= ? order by l.position""").param(from).query(AuditTrail::map).list()) {
			previous = key.link(position, previous, e);
			links.add(new Object[] { position, e.seq(), previous });
			position++;
		}
		owner.sql("delete from audit_link where position >= ?").param(from).update();
		for (Object[] link : links) {
			owner.sql("insert into audit_link (position, event_seq, mac, linked_at) values (?, ?, ?, now())")
				.params(link)
				.update();
		}
	}

	private static void append(Path file, String line) {
		try {
			Files.writeString(file, Files.readString(file) + line + "\n");
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	private static void await(CountDownLatch latch) {
		try {
			assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	@FunctionalInterface
	private interface Tampering {

		/** Tampers and returns the line it aimed at. */
		long apply(JdbcClient owner);

	}

	@FunctionalInterface
	private interface Expectation {

		void check(long victim, AuditTrail.ChainCheck check);

	}

}
