package org.gongkai.disclosure.casework.decision;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import org.gongkai.disclosure.documents.Letter;
import org.gongkai.disclosure.documents.LetterRenderer;
import org.gongkai.disclosure.shared.ids.CaseId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Renders and stores an issued letter after the act that issued it has committed. The
 * letter's content ({@link Letter}: 文号, date, addressee, paragraphs) is fixed in the
 * act's transaction; rendering it to PDF and .docx is CPU work of a few hundred
 * milliseconds that must not hold one of the pool's connections (issue 14: a hundred
 * clients on ten connections). So the rendering runs on this component's own threads once
 * the act has committed, and only the insert takes a connection. A download of the case's
 * letters waits for its case's pending letters first ({@link #awaitPending}), so nobody
 * sees a letter before it is frozen. Should the node stop between the commit and the
 * insert, the letter is rendered from the case on download, as for a letter never issued
 * (see docs/delivery.md).
 */
@Component
class LetterFreezing {

	private static final Logger log = LoggerFactory.getLogger(LetterFreezing.class);

	private final LetterArchive archive;

	private final LetterRenderer renderer;

	private final TransactionTemplate transactions;

	private final Map<UUID, List<CompletableFuture<Void>>> pending = new ConcurrentHashMap<>();

	private final ExecutorService renderers = Executors.newFixedThreadPool(2, new ThreadFactoryNamed());

	LetterFreezing(LetterArchive archive, LetterRenderer renderer, TransactionTemplate transactions) {
		this.archive = archive;
		this.renderer = renderer;
		this.transactions = transactions;
	}

	/**
	 * Freezes {@code letter} once the current transaction commits (at once without one);
	 * nothing if it rolls back.
	 */
	void freezeAfterCommit(CaseId caseId, Letter letter, UUID issuedBy) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			freeze(caseId, letter, issuedBy, null);
			return;
		}
		// registered now, so a download that follows the act's answer finds it
		CompletableFuture<Void> done = new CompletableFuture<>();
		pending.computeIfAbsent(caseId.value(), id -> new CopyOnWriteArrayList<>()).add(done);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				if (status != STATUS_COMMITTED) {
					finish(caseId, done);
					return;
				}
				renderers.execute(() -> {
					try {
						freeze(caseId, letter, issuedBy, null);
					}
					catch (RuntimeException e) {
						log.error("Letter {} of case {} could not be frozen; it is rendered on download", letter.kind(),
								caseId, e);
					}
					finally {
						finish(caseId, done);
					}
				});
			}
		});
	}

	/** Waits (at most 30 seconds) until the case's letters issued so far are stored. */
	void awaitPending(CaseId caseId) {
		for (CompletableFuture<Void> letter : pending.getOrDefault(caseId.value(), List.of())) {
			try {
				letter.get(30, TimeUnit.SECONDS);
			}
			catch (TimeoutException e) {
				log.warn("A letter of case {} is still being frozen after 30 s", caseId);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (Exception e) {
				// logged where it failed
			}
		}
	}

	/**
	 * Renders {@code letter} and stores it as its kind's next version, in the caller's
	 * transaction if there is one (a correction), else in one of its own.
	 */
	IssuedLetter freeze(CaseId caseId, Letter letter, UUID issuedBy, String reason) {
		byte[] pdf = renderer.pdf(letter);
		byte[] docx = renderer.docx(letter);
		return transactions.execute(tx -> archive.store(caseId, letter, pdf, docx, issuedBy, reason));
	}

	private void finish(CaseId caseId, CompletableFuture<Void> done) {
		done.complete(null);
		pending.computeIfPresent(caseId.value(), (id, letters) -> {
			letters.remove(done);
			return letters.isEmpty() ? null : letters;
		});
	}

	/** Lets the letters issued before shutdown be stored before the pool closes. */
	@PreDestroy
	void stop() throws InterruptedException {
		renderers.shutdown();
		renderers.awaitTermination(30, TimeUnit.SECONDS);
	}

	private static final class ThreadFactoryNamed implements ThreadFactory {

		private final AtomicInteger count = new AtomicInteger();

		@Override
		public Thread newThread(Runnable task) {
			Thread thread = new Thread(task, "letter-freezing-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		}

	}

}
