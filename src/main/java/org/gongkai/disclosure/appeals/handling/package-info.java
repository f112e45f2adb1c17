/**
 * Filing an appeal, the office's answer and evidence deadlines, decisions and judgments
 * with their section 四 result, and the letters of an appeal.
 */
package org.gongkai.disclosure.appeals.handling;
