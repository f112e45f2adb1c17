package org.gongkai.disclosure.appeals.web;

import java.time.LocalDate;
import java.util.UUID;

import org.gongkai.disclosure.appeals.AppealKind;
import org.gongkai.disclosure.appeals.Instance;
import org.gongkai.disclosure.appeals.LitigationRoute;
import org.gongkai.disclosure.appeals.NewAppeal;
import org.gongkai.disclosure.appeals.Procedure;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The registration form of a 复议 or a suit as typed: bound field by field, so that a
 * refused registration shows the page again with every choice and text kept and each
 * problem beside its field.
 */
public class AppealForm {

	private UUID caseId;

	private AppealKind kind;

	private LitigationRoute route;

	private Instance instance;

	private UUID predecessorId;

	private String body;

	private String reviewBodyAgencyCode;

	private boolean reviewBodyCoDefendant;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate filedOn;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate copyReceivedOn;

	private Procedure procedure;

	NewAppeal toAppeal() {
		return new NewAppeal(caseId, kind, route, instance, predecessorId, body, reviewBodyAgencyCode,
				reviewBodyCoDefendant, filedOn, copyReceivedOn, procedure);
	}

	public UUID getCaseId() {
		return caseId;
	}

	public void setCaseId(UUID caseId) {
		this.caseId = caseId;
	}

	public AppealKind getKind() {
		return kind;
	}

	public void setKind(AppealKind kind) {
		this.kind = kind;
	}

	public LitigationRoute getRoute() {
		return route;
	}

	public void setRoute(LitigationRoute route) {
		this.route = route;
	}

	public Instance getInstance() {
		return instance;
	}

	public void setInstance(Instance instance) {
		this.instance = instance;
	}

	public UUID getPredecessorId() {
		return predecessorId;
	}

	public void setPredecessorId(UUID predecessorId) {
		this.predecessorId = predecessorId;
	}

	public String getBody() {
		return body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public String getReviewBodyAgencyCode() {
		return reviewBodyAgencyCode;
	}

	public void setReviewBodyAgencyCode(String reviewBodyAgencyCode) {
		this.reviewBodyAgencyCode = reviewBodyAgencyCode;
	}

	public boolean isReviewBodyCoDefendant() {
		return reviewBodyCoDefendant;
	}

	public void setReviewBodyCoDefendant(boolean reviewBodyCoDefendant) {
		this.reviewBodyCoDefendant = reviewBodyCoDefendant;
	}

	public LocalDate getFiledOn() {
		return filedOn;
	}

	public void setFiledOn(LocalDate filedOn) {
		this.filedOn = filedOn;
	}

	public LocalDate getCopyReceivedOn() {
		return copyReceivedOn;
	}

	public void setCopyReceivedOn(LocalDate copyReceivedOn) {
		this.copyReceivedOn = copyReceivedOn;
	}

	public Procedure getProcedure() {
		return procedure;
	}

	public void setProcedure(Procedure procedure) {
		this.procedure = procedure;
	}

}
