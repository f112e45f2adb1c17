/**
 * The {@code AppealProcess}: its contract, its facade and its delegates.
 */
package org.gongkai.disclosure.appeals.process;
