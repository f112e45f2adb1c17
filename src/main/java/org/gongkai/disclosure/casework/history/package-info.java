/**
 * The append-only case ledger, its replay into a case's statistical state, and the
 * historic cases imported from an agency's ledger (台账). Used by imports and appeals.
 */
@NamedInterface("history")
package org.gongkai.disclosure.casework.history;

import org.springframework.modulith.NamedInterface;
