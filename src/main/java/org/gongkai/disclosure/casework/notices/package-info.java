/**
 * 送达 of a case's documents: how each letter the office issued was sent, when its
 * addressee received it and the proof, through the serving module's records.
 */
package org.gongkai.disclosure.casework.notices;
