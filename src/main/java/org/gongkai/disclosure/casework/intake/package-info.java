/**
 * Filing: online and offline requests, their reference numbers, the similar earlier
 * requests suggested at screening, and 一事一申请 splitting.
 */
package org.gongkai.disclosure.casework.intake;
