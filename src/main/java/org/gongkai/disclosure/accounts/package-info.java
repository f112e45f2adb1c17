/**
 * Logins, roles and the security filter chain. Users live here, never in Camunda's
 * identity service.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts")
package org.gongkai.disclosure.accounts;
