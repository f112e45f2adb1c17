package org.gongkai.disclosure.appeals.history;

import java.util.Map;
import java.util.UUID;

/**
 * Published, inside the writing transaction, for every line appended to an appeal's
 * history (actions as in {@link AppealHistory.Entry}).
 */
public record AppealHistoryWritten(UUID appealId, String action, Map<String, String> detail) {
}
