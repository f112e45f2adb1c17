/**
 * The letters an office sends (回执, 答复书, …) rendered from editable templates as Word
 * (.docx) and PDF.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Documents")
package org.gongkai.disclosure.documents;
