package org.gongkai.disclosure.appeals.history;

import java.util.Map;

import org.gongkai.disclosure.shared.ids.AppealId;

/**
 * Published, inside the writing transaction, for every line appended to an appeal's
 * history (actions as in {@link AppealHistory.Entry}).
 */
public record AppealHistoryWritten(AppealId appealId, String action, Map<String, String> detail) {
}
