/**
 * Case handling: filing, the case and its append-only ledger, the
 * {@code DisclosureRequestProcess} (its contract, its facade and its delegates),
 * decisions and the pages and API for applicants and officers.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Casework")
package org.gongkai.disclosure.casework;
