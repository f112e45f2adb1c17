/**
 * Protection of personal data: encryption at rest with rotatable keys, and a blind index
 * for look-ups.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Privacy")
package org.gongkai.disclosure.privacy;
