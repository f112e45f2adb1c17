/**
 * What operators need to see and fix: health, versions, the job executor, failed jobs and
 * incidents with the case they belong to (and a retry), cases by step, and whether next
 * year's working-day calendar is loaded. Camunda's webapps stay off; this is the view of
 * the engine that replaces them for day-to-day operation.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Operations")
package org.gongkai.disclosure.operations;
