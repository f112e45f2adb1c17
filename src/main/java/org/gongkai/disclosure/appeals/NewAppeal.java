package org.gongkai.disclosure.appeals;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/**
 * A 复议 notice or a court's copy of a complaint, as the office registers it. {@code route}
 * and {@code instance} only for 行政诉讼; {@code predecessorId} names the 复议 a suit follows,
 * or the first instance a second instance appeals; {@code reviewBodyAgencyCode} names the
 * 复议机关 when it is an agency in Gongkai, and {@code reviewBodyCoDefendant} says it is sued
 * beside the original organ (行政诉讼法 art 26 ¶2).
 */
public record NewAppeal(@NotNull UUID caseId, @NotNull AppealKind kind, LitigationRoute route, Instance instance,
		UUID predecessorId, @NotNull String body, String reviewBodyAgencyCode, Boolean reviewBodyCoDefendant,
		@NotNull LocalDate filedOn, @NotNull LocalDate copyReceivedOn, @NotNull Procedure procedure) {
}
