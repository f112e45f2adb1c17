package org.gongkai.disclosure.casework;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of case handling that docs/statute.md#part-a leaves to the office: the default
 * 补正 period the officer is offered (15 working days), and the longest period an officer
 * may set.
 */
@ConfigurationProperties("gongkai.casework")
public record CaseworkSettings(@DefaultValue("15") int correctionPeriodDays,
		@DefaultValue("30") int maxCorrectionPeriodDays) {
}
