/**
 * Notifications: applicants are told of what the law requires them to know (receipt, 补正,
 * fee notice, extension, reply, appeal result, a window about to close) in the system and
 * on the channels they chose; staff get a daily digest of their tasks. Every message goes
 * through a transactional outbox ({@link Outbox}) sent by {@link OutboxWorker}. See
 * docs/notifications.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package org.gongkai.disclosure.notifications;
