package dev.tifa.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Bytes to text for the text-like formats: BOMs, strict UTF-8 with the line of the first bad byte, binary sniffing. */
final class TextBytes {
    /** Enough to recognise an image, archive or office file by its first bytes. */
    static final int SNIFF = 8192;
    private static final double MAX_CONTROL_SHARE = 0.30;

    private TextBytes() {
    }

    /**
     * Decodes a whole text file: UTF-8 (a BOM is dropped), or UTF-16 when it starts with a UTF-16 BOM.
     *
     * @throws BadInput naming the line of the first byte that is not UTF-8, or "binary file, not text"
     */
    static String decodeFile(byte[] bytes) throws BadInput {
        if (startsWith(bytes, 0xFE, 0xFF)) return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        if (startsWith(bytes, 0xFF, 0xFE)) return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        if (looksBinary(bytes)) throw new BadInput("binary file, not text");
        int skip = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        return utf8(bytes, skip, bytes.length - skip, 1);
    }

    /**
     * Decodes UTF-8 strictly; {@code firstLine} is the line number of the first byte, so that the error can say
     * which line of the file holds the bad byte.
     */
    static String utf8(byte[] bytes, int offset, int length, int firstLine) throws BadInput {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, length);
        CharBuffer out = CharBuffer.allocate(length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) result = decoder.flush(out);
        if (result.isError()) {
            int at = in.position();
            int line = firstLine;
            for (int i = offset; i < at; i++) if (bytes[i] == '\n') line++;
            throw new BadInput(line, String.format("invalid UTF-8 (byte 0x%02X); save the file as UTF-8", bytes[at] & 0xFF));
        }
        return out.flip().toString();
    }

    /** NUL bytes, or many control characters, in the first 8 KB: an image, archive or word-processor file. */
    static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, SNIFF);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) return true;
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1B) control++;
        }
        return n > 0 && control > MAX_CONTROL_SHARE * n;
    }

    static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if ((bytes[i] & 0xFF) != prefix[i]) return false;
        return true;
    }
}
