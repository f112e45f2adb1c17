package org.gongkai.disclosure.casework.web;

import java.time.LocalDate;

import org.gongkai.disclosure.applicants.ApplicantCategory;
import org.gongkai.disclosure.applicants.ApplicantDetails;
import org.gongkai.disclosure.applicants.IdDocumentType;
import org.gongkai.disclosure.casework.Channel;
import org.gongkai.disclosure.casework.DeliveryMethod;
import org.gongkai.disclosure.casework.RequestedForm;
import org.gongkai.disclosure.casework.intake.OfflineRequest;
import org.gongkai.disclosure.decisions.Outcome;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The registrar's offline form as typed: a mutable bean because HTML forms bind field by
 * field, and kept whole on every error so that nothing typed is lost. Its field names are
 * those {@link OfflineRequest} and {@link ApplicantDetails} report problems under.
 */
class OfflineRequestForm {

	private Channel channel = Channel.IN_PERSON;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate submittedOn;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate receivedOn;

	private ApplicantCategory category = ApplicantCategory.NATURAL_PERSON;

	private String name;

	private IdDocumentType idDocumentType = IdDocumentType.RESIDENT_ID_CARD;

	private String idDocumentNumber;

	private String phone;

	private String address;

	private String informationSought;

	private RequestedForm requestedForm = RequestedForm.PAPER;

	private DeliveryMethod deliveryMethod = DeliveryMethod.POST;

	/** Set when the request is answered on the spot (《条例》第三十三条第一款). */
	private Outcome onTheSpotOutcome;

	private String onTheSpotReply;

	OfflineRequest toRequest() {
		return new OfflineRequest(channel, submittedOn, receivedOn,
				new ApplicantDetails(category, name, idDocumentType, idDocumentNumber, phone, null, address),
				informationSought, requestedForm, deliveryMethod);
	}

	/** Whether the registrar answered the request on the spot. */
	boolean answeredOnTheSpot() {
		return onTheSpotOutcome != null || (onTheSpotReply != null && !onTheSpotReply.isBlank());
	}

	public Outcome getOnTheSpotOutcome() {
		return onTheSpotOutcome;
	}

	public void setOnTheSpotOutcome(Outcome onTheSpotOutcome) {
		this.onTheSpotOutcome = onTheSpotOutcome;
	}

	public String getOnTheSpotReply() {
		return onTheSpotReply;
	}

	public void setOnTheSpotReply(String onTheSpotReply) {
		this.onTheSpotReply = onTheSpotReply;
	}

	public Channel getChannel() {
		return channel;
	}

	public void setChannel(Channel channel) {
		this.channel = channel;
	}

	public LocalDate getSubmittedOn() {
		return submittedOn;
	}

	public void setSubmittedOn(LocalDate submittedOn) {
		this.submittedOn = submittedOn;
	}

	public LocalDate getReceivedOn() {
		return receivedOn;
	}

	public void setReceivedOn(LocalDate receivedOn) {
		this.receivedOn = receivedOn;
	}

	public ApplicantCategory getCategory() {
		return category;
	}

	public void setCategory(ApplicantCategory category) {
		this.category = category;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public IdDocumentType getIdDocumentType() {
		return idDocumentType;
	}

	public void setIdDocumentType(IdDocumentType idDocumentType) {
		this.idDocumentType = idDocumentType;
	}

	public String getIdDocumentNumber() {
		return idDocumentNumber;
	}

	public void setIdDocumentNumber(String idDocumentNumber) {
		this.idDocumentNumber = idDocumentNumber;
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getAddress() {
		return address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public String getInformationSought() {
		return informationSought;
	}

	public void setInformationSought(String informationSought) {
		this.informationSought = informationSought;
	}

	public RequestedForm getRequestedForm() {
		return requestedForm;
	}

	public void setRequestedForm(RequestedForm requestedForm) {
		this.requestedForm = requestedForm;
	}

	public DeliveryMethod getDeliveryMethod() {
		return deliveryMethod;
	}

	public void setDeliveryMethod(DeliveryMethod deliveryMethod) {
		this.deliveryMethod = deliveryMethod;
	}

}
