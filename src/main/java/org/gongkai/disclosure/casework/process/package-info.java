/**
 * The {@code DisclosureRequestProcess}: its contract, its facade (the only class that
 * talks to the engine about it), its delegates, and where the case's status and clock
 * move together with the process timers.
 */
package org.gongkai.disclosure.casework.process;
