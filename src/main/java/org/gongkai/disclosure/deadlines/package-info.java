/**
 * Statutory clocks: China's working-day calendar with 调休 make-up days, clock periods
 * (running, suspended, restarted) with their legal basis, and the derived, explainable
 * answer deadline.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Deadlines")
package org.gongkai.disclosure.deadlines;
