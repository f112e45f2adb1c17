package org.gongkai.disclosure.shared;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A map that lives as long as the current transaction: for what one transaction reads
 * several times and nobody else can change under it in the meantime (issue 14: a filing
 * computed its due date six times). Outside a transaction there is none, and nothing is
 * kept. A transaction suspended for an inner one (REQUIRES_NEW) takes its map with it:
 * the inner transaction starts with none of its own.
 */
public final class PerTransaction {

	private PerTransaction() {
	}

	/**
	 * What {@code read} gives for {@code id}, read once in the current transaction and
	 * kept under {@code key}; outside a transaction, read each time. Whoever writes what
	 * it was read from {@link #forget forgets} it.
	 */
	public static <K, V> V once(Object key, K id, Function<K, V> read) {
		Map<K, V> kept = map(key);
		return kept == null ? read.apply(id) : kept.computeIfAbsent(id, read);
	}

	/** Forgets what the current transaction read for {@code id} under {@code key}. */
	public static void forget(Object key, Object id) {
		Map<Object, Object> kept = map(key);
		if (kept != null) {
			kept.remove(id);
		}
	}

	/**
	 * The map kept under {@code key} for the current transaction, created empty on first
	 * use; {@code null} outside a transaction.
	 */
	@SuppressWarnings("unchecked")
	private static <K, V> Map<K, V> map(Object key) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()
				|| !TransactionSynchronizationManager.isActualTransactionActive()) {
			return null;
		}
		Map<K, V> map = (Map<K, V>) TransactionSynchronizationManager.getResource(key);
		if (map == null) {
			Map<K, V> created = new HashMap<>();
			TransactionSynchronizationManager.bindResource(key, created);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void suspend() {
					TransactionSynchronizationManager.unbindResourceIfPossible(key);
				}

				@Override
				public void resume() {
					TransactionSynchronizationManager.bindResource(key, created);
				}

				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(key);
				}

			});
			map = created;
		}
		return map;
	}

}
