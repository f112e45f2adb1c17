/**
 * From the proposed answer to the reply and its delivery: the decision and its review and
 * sign-off, extensions, withdrawals, the letters and the 重新答复 an appeal orders.
 */
package org.gongkai.disclosure.casework.decision;
