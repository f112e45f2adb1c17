package org.gongkai.disclosure.casework.web;

import jakarta.validation.constraints.Size;

/** A free text sent with a step: an answer, a note, reasons. */
record TextJson(@Size(max = 4000) String text) {
}
