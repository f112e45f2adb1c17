package org.gongkai.disclosure.casework.web;

import java.util.function.Function;
import java.util.function.Supplier;

import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.casework.views.CaseViews;
import org.gongkai.disclosure.shared.ids.CaseId;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The JSON answer to an act on a case, read in the act's own transaction, on its
 * connection: the case as the act leaves it, the read's audit line written with the act.
 * Read after the commit, the answer's engine queries opened and committed transactions of
 * their own, its audit line a third, and the due date was computed again (issue 14;
 * docs/operations.md, "Where a filing's time goes"). Used for the acts the benchmark
 * times: filing, acceptance, the draft answer, review and sign-off. If the answer cannot
 * be read, the act rolls back with it: the client is never told of a failure for an act
 * that was in fact committed.
 */
@Component
class ActAnswers {

	private final TransactionTemplate transactions;

	private final CaseViews views;

	ActAnswers(TransactionTemplate transactions, CaseViews views) {
		this.transactions = transactions;
		this.views = views;
	}

	/** Does {@code act}, then reads the case {@code id} as {@code user} sees it. */
	CaseJson after(GongkaiUser user, CaseId id, Runnable act) {
		return transactions.execute(tx -> {
			act.run();
			return CaseJson.of(views.detail(user, id));
		});
	}

	/**
	 * Does {@code act}, then reads the case it names as {@code user} sees it, and answers
	 * with both.
	 */
	<T> Answered<T> after(GongkaiUser user, Supplier<T> act, Function<T, CaseId> caseOf) {
		return transactions.execute(tx -> {
			T done = act.get();
			return new Answered<>(done, CaseJson.of(views.detail(user, caseOf.apply(done))));
		});
	}

	record Answered<T>(T act, CaseJson answer) {
	}

}
