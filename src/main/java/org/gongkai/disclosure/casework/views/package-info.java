/**
 * What the pages and the API show of cases: task lists and the case detail, under the
 * case access rule. Read by other modules (appeals).
 */
@NamedInterface("views")
package org.gongkai.disclosure.casework.views;

import org.springframework.modulith.NamedInterface;
