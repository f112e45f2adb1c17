/**
 * Applicants (自然人 and the five kinds of 法人或其他组织), their validated identity and
 * self-registration.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Applicants")
package org.gongkai.disclosure.applicants;
