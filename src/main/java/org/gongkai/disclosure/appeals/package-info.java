/**
 * Appeals against the handling of a disclosure request: 行政复议 and 行政诉讼 (both routes, both
 * instances), the office's answer and evidence deadlines, decisions and judgments with
 * their section 四 result, the {@code AppealProcess} (contract, facade, delegates), and
 * the 重新答复 a decision can order on the request.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Appeals")
package org.gongkai.disclosure.appeals;
