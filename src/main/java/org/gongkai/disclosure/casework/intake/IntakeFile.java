package org.gongkai.disclosure.casework.intake;

/**
 * A file handed in with a request at intake (a 授权委托书, the proof of the day it was
 * received): its name and content. In the JSON API the content is base64.
 */
public record IntakeFile(String fileName, byte[] content) {

	/** Whether a file was actually given (a form's empty file field gives none). */
	public static boolean given(IntakeFile file) {
		return file != null && file.content() != null && file.content().length > 0;
	}

}
