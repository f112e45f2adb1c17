package org.gongkai.disclosure.accounts;

import java.time.Instant;
import java.util.UUID;

import org.gongkai.disclosure.shared.Refusal;
import org.gongkai.disclosure.shared.ids.AgencyId;

/**
 * A login. Officers belong to one agency; an applicant account belongs to one applicant.
 */
public record Account(UUID id, String username, String passwordHash, String displayName, Role role, AgencyId agencyId,
		UUID applicantId, boolean enabled, Instant lockedUntil) {

	public Account {
		if (role == Role.APPLICANT && (applicantId == null || agencyId != null)) {
			throw new Refusal("refusal.accounts.account.applicantLink");
		}
		if (role != Role.APPLICANT && (agencyId == null || applicantId != null)) {
			throw new Refusal("refusal.accounts.account.officerAgency");
		}
	}

	public boolean lockedAt(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}
}
