/**
 * 信息处理费 (国办函〔2020〕109号): the configurable progressive tiers and a calculator that
 * explains every amount.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Fees")
package org.gongkai.disclosure.fees;
