package org.gongkai.disclosure.proactive;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.gongkai.disclosure.shared.ids.AgencyId;

/**
 * One entry of the registry: a figure for an agency, year and item, with where it came
 * from and who entered it.
 */
public record ProactiveEntry(UUID id, AgencyId agencyId, int year, ProactiveItem item, BigDecimal value, String source,
		String note, String enteredBy, Instant enteredAt) {
}
