package org.gongkai.disclosure.casework.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Yes or no on a step that needs approval, with an optional note. */
record ApprovalJson(@NotNull(message = "请选择是否同意") Boolean approved, @Size(max = 2000) String note) {
}
