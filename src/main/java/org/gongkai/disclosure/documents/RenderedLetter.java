package org.gongkai.disclosure.documents;

/** A letter rendered for download: its file name, media type and bytes. */
public record RenderedLetter(String fileName, String mediaType, byte[] content) {
}
