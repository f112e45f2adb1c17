/**
 * The clock stops of a request: screening and 补正 (条例 art 30), the 信息处理费 (art 42),
 * consultations of third parties and other agencies (art 32, 34) and 说明理由 (art 35).
 */
package org.gongkai.disclosure.casework.stops;
