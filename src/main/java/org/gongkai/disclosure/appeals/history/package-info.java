/**
 * The appeal's append-only history and the historic appeals imported from an agency's
 * ledger. Used by imports.
 */
@NamedInterface("history")
package org.gongkai.disclosure.appeals.history;

import org.springframework.modulith.NamedInterface;
