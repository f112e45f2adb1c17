/**
 * Going live and running the organisation: the first administrator of an empty database
 * (a one-time, expiring setup token), the agency tree and each agency's particulars,
 * officers' accounts, and the import of a whole organisation from CSV or XLSX. Pages and
 * API in {@code administration.web}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Administration")
package org.gongkai.disclosure.administration;
