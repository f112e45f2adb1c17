package org.gongkai.disclosure.accounts;

import java.time.Instant;
import java.util.UUID;

/**
 * A login. Officers belong to one agency; an applicant account belongs to one applicant.
 */
public record Account(UUID id, String username, String passwordHash, String displayName, Role role, UUID agencyId,
		UUID applicantId, boolean enabled, Instant lockedUntil) {

	public Account {
		if (role == Role.APPLICANT && (applicantId == null || agencyId != null)) {
			throw new IllegalArgumentException("申请人账号必须且只能关联一个申请人");
		}
		if (role != Role.APPLICANT && (agencyId == null || applicantId != null)) {
			throw new IllegalArgumentException("工作人员账号必须关联一个机关");
		}
	}

	public boolean lockedAt(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}
}
