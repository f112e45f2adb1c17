package org.gongkai.disclosure.deadlines;

import java.util.UUID;

/**
 * A case's clock periods or extension changed, so its due date may have moved. Published
 * by {@link ClockPeriods} in the transaction of the change.
 */
public record ClockChanged(UUID caseId) {
}
