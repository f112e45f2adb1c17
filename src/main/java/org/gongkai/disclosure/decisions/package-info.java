/**
 * The statutory outcomes of a request (the 21 leaves of the 2021 report format) and their
 * legal grounds.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Decisions")
package org.gongkai.disclosure.decisions;
