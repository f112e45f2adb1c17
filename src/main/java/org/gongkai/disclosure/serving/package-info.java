/**
 * 送达: the service of every document the office issues — how it was sent, when the
 * addressee received it and the proof — for cases and appeals alike.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Service of documents")
package org.gongkai.disclosure.serving;
