package nl.ontschot.app.web;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** A request body as text: UTF-8 as calculation.md requires, refused when it is not (never stored with "�"). */
public final class Utf8 {

	private Utf8() {
	}

	public static String text(byte[] body) {
		try {
			return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
		} catch (CharacterCodingException e) {
			throw new StatusException(400, "api.invalidUtf8");
		}
	}
}
