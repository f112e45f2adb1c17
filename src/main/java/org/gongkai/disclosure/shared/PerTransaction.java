package org.gongkai.disclosure.shared;

import java.util.HashMap;
import java.util.Map;

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
	 * The map kept under {@code key} for the current transaction, created empty on first
	 * use; {@code null} outside a transaction. Whoever writes what a value was read from
	 * removes the value from the map.
	 */
	@SuppressWarnings("unchecked")
	public static <K, V> Map<K, V> map(Object key) {
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
