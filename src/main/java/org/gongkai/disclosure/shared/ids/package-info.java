/**
 * The ids every module passes around, each in one typed form from the URL to the database
 * ({@code CaseId}, {@code AgencyId}, {@code AppealId}, {@code ApplicantId}), and
 * {@code CaseReference}, the one place where reference numbers are written and read
 * apart. {@code IdConverters} lets controllers take the ids as path variables and request
 * parameters.
 */
package org.gongkai.disclosure.shared.ids;
