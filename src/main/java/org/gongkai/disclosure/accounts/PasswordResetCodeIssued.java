package org.gongkai.disclosure.accounts;

import java.time.Instant;
import java.util.UUID;

/**
 * A one-time code was issued for an applicant who forgot the password: the notification
 * channel sends it to the applicant's own e-mail address or phone
 * ({@link PasswordResets}). Published in the transaction that stores the code's hash; the
 * code itself lives only in the message.
 */
public record PasswordResetCodeIssued(UUID codeId, UUID applicantId, String code, Instant expiresAt) {
}
