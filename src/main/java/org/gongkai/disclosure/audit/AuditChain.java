package org.gongkai.disclosure.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The single writer of the chain. Transactions only insert their audit lines; this links
 * the committed ones afterwards, in number order, each to the one before by HMAC
 * ({@link ChainKey}), and now and then anchors the chain with a checkpoint outside the
 * database ({@link AuditCheckpoints}). One node at a time chains: every run holds a
 * transaction-scoped advisory lock, so the chain never forks, and only the chainer ever
 * takes it, so the hot path never waits for it.
 * <p>
 * A line whose transaction commits late (after lines with higher numbers were linked) is
 * linked in a later run, at the chain's end: positions are the chain's order, numbers
 * only the order of insertion.
 */
@Component
class AuditChain {

	private static final Logger log = LoggerFactory.getLogger(AuditChain.class);

	static final long CHAIN_LOCK = 0x6761_6F6B_6169L;

	private static final int BATCH = 1000;

	/**
	 * How far below the highest linked number a regular run looks for late commits; the
	 * checkpoint run looks at every line.
	 */
	private static final long LATE_WINDOW = 10_000;

	private final JdbcClient jdbc;

	private final JdbcTemplate streaming;

	private final TransactionTemplate transaction;

	private final TransactionTemplate readOnly;

	private final ChainKey key;

	private final AuditCheckpoints checkpoints;

	AuditChain(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactions, ChainKey key,
			AuditCheckpoints checkpoints) {
		this.jdbc = jdbc;
		this.streaming = new JdbcTemplate(dataSource);
		this.streaming.setFetchSize(BATCH);
		this.transaction = new TransactionTemplate(transactions);
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
		this.key = key;
		this.checkpoints = checkpoints;
	}

	@Scheduled(fixedDelayString = "${gongkai.audit.chain-interval:2s}",
			initialDelayString = "${gongkai.audit.chain-interval:2s}")
	void chainOnSchedule() {
		try {
			chainPending();
		}
		catch (RuntimeException e) {
			log.error("Audit lines could not be chained; they stay waiting and the next run retries", e);
		}
	}

	@Scheduled(fixedDelayString = "${gongkai.audit.checkpoint-interval:5m}",
			initialDelayString = "${gongkai.audit.checkpoint-interval:5m}")
	void checkpointOnSchedule() {
		try {
			checkpoint();
		}
		catch (RuntimeException e) {
			log.error("The audit chain could not be checkpointed; the next run retries", e);
		}
	}

	/**
	 * Links every committed line not linked yet that this run can see (those of the last
	 * {@value #LATE_WINDOW} numbers), a batch per transaction.
	 * @return how many lines were linked
	 */
	int chainPending() {
		return chain(false);
	}

	/**
	 * Links every line not linked yet, however old, and writes a checkpoint of the
	 * chain's end if it moved since the last one.
	 */
	void checkpoint() {
		chain(true);
		transaction.executeWithoutResult(status -> {
			lockChain();
			Optional<Link> end = lastLink();
			Optional<AuditCheckpoints.Checkpoint> previous = checkpoints.last();
			if (end.isPresent() && (previous.isEmpty() || previous.get().position() != end.get().position())) {
				checkpoints.write(end.get().position(), end.get().mac());
			}
		});
	}

	private int chain(boolean everyLine) {
		int total = 0;
		Integer linked;
		do {
			linked = transaction.execute(status -> chainBatch(everyLine));
			total += linked;
		}
		while (linked == BATCH);
		return total;
	}

	private int chainBatch(boolean everyLine) {
		lockChain();
		Link last = lastLink().orElse(new Link(0, ChainKey.GENESIS));
		long floor = everyLine ? 0
				: Math.max(0, jdbc.sql("select coalesce(max(event_seq), 0) from audit_link").query(Long.class).single()
						- LATE_WINDOW);
		List<AuditEvent> pending = jdbc.sql("""
				select e.*, cast(null as bigint) as position, cast(null as char(64)) as mac from audit_event e
				where e.seq > ? and not exists (select 1 from audit_link l where l.event_seq = e.seq)
				order by e.seq limit ?""").params(floor, BATCH).query(AuditTrail::map).list();
		Timestamp now = Timestamp.from(Instant.now());
		long position = last.position();
		String mac = last.mac();
		Object[][] rows = new Object[pending.size()][];
		for (int i = 0; i < pending.size(); i++) {
			position++;
			mac = key.link(position, mac, pending.get(i));
			rows[i] = new Object[] { position, pending.get(i).seq(), mac, now };
		}
		streaming.batchUpdate("insert into audit_link (position, event_seq, mac, linked_at) values (?, ?, ?, ?)",
				List.of(rows));
		return pending.size();
	}

	/**
	 * Holds the chain until this transaction ends; another node's run waits its turn (a
	 * few milliseconds) and then finds the lines linked.
	 */
	private void lockChain() {
		jdbc.sql("select pg_advisory_xact_lock(?)").param(CHAIN_LOCK).query().singleRow();
	}

	private Optional<Link> lastLink() {
		return jdbc.sql("select position, mac from audit_link order by position desc limit 1")
			.query((rs, n) -> new Link(rs.getLong("position"), rs.getString("mac")))
			.optional();
	}

	/**
	 * Walks the chain from its first link and checks every link against its line and the
	 * link before, then the checkpoints against the chain. Stops at the first break.
	 */
	AuditTrail.ChainCheck verify() {
		List<AuditCheckpoints.Checkpoint> anchors = checkpoints.read();
		Map<Long, AuditCheckpoints.Checkpoint> anchorAt = new HashMap<>();
		for (AuditCheckpoints.Checkpoint anchor : anchors) {
			if (!anchor.signed()) {
				return broken(0, null, "检查点文件第 " + anchor.lineNumber() + " 行不是本系统签发的检查点：检查点文件被改动", anchors);
			}
			anchorAt.put(anchor.position(), anchor);
		}
		return readOnly.execute(status -> {
			Walk walk = new Walk();
			streaming.query("""
					select l.position, l.mac, l.event_seq, e.*
					from audit_link l left join audit_event e on e.seq = l.event_seq
					order by l.position""", rs -> {
				if (walk.problem != null) {
					return;
				}
				long position = rs.getLong("position");
				long eventSeq = rs.getLong("event_seq");
				String mac = rs.getString("mac");
				if (position != walk.checked + 1) {
					walk.fail(eventSeq, "链在第 " + (walk.checked + 1) + " 个位置处缺失（该处的记录及其链接被删除）");
				}
				else if (rs.getObject("seq") == null) {
					walk.fail(eventSeq, "第 " + eventSeq + " 条记录已被删除");
				}
				else if (!ChainKey.same(key.link(position, walk.previousMac, AuditTrail.map(rs, 0)), mac)) {
					walk.fail(eventSeq, "第 " + eventSeq + " 条记录被修改，或链被重新计算");
				}
				else if (anchorAt.containsKey(position) && !ChainKey.same(anchorAt.get(position).mac(), mac)) {
					walk.fail(eventSeq, "与检查点（位置 " + position + "）不符：链被重新计算");
				}
				else {
					walk.checked++;
					walk.previousMac = mac;
				}
			});
			if (walk.problem != null) {
				return broken(walk.checked, walk.brokenSeq, walk.problem, anchors);
			}
			for (AuditCheckpoints.Checkpoint anchor : anchors) {
				if (anchor.position() > walk.checked) {
					return broken(walk.checked, null,
							"检查点记到第 " + anchor.position() + " 个位置，链只到第 " + walk.checked + " 个：末尾的记录被删除", anchors);
				}
			}
			return new AuditTrail.ChainCheck(true, walk.checked, null, null, waiting(), anchors.size());
		});
	}

	private AuditTrail.ChainCheck broken(long checked, Long seq, String problem,
			List<AuditCheckpoints.Checkpoint> anchors) {
		return new AuditTrail.ChainCheck(false, checked, seq, problem, waiting(), anchors.size());
	}

	/** Lines not linked yet: normally those of the last second or two. */
	private long waiting() {
		return jdbc
			.sql("select count(*) from audit_event e where not exists "
					+ "(select 1 from audit_link l where l.event_seq = e.seq)")
			.query(Long.class)
			.single();
	}

	private record Link(long position, String mac) {
	}

	private static final class Walk {

		long checked;

		String previousMac = ChainKey.GENESIS;

		Long brokenSeq;

		String problem;

		void fail(long seq, String problem) {
			this.brokenSeq = seq;
			this.problem = problem;
		}

	}

}
