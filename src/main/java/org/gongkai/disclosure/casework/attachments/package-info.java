/**
 * Files kept with a case: what may be uploaded (recognised by content), stored with their
 * SHA-256, under the case's access rule.
 */
package org.gongkai.disclosure.casework.attachments;
