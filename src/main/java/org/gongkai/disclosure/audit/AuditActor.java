package org.gongkai.disclosure.audit;

import java.util.UUID;

/**
 * Whoever acts: implemented by the signed-in principal, so that the audit trail names a
 * person, not a session.
 */
public interface AuditActor {

	UUID id();

	String displayName();

}
