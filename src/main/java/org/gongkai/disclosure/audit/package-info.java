/**
 * The append-only, hash-chained audit trail of who read personal data or changed a case,
 * report or setting.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package org.gongkai.disclosure.audit;
