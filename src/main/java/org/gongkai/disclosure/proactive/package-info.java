/**
 * The 主动公开 registry: figures of proactively published information by 《条例》第二十条 item (规章
 * and 规范性文件 issued, repealed, in force; 行政许可, 行政处罚, 行政强制 decisions; 行政事业性收费 …) that come
 * from other systems and are entered by an authorised officer, each entry audited with
 * its source and note. Section 二 of the annual report is rendered from these figures.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Proactive disclosure registry")
package org.gongkai.disclosure.proactive;
