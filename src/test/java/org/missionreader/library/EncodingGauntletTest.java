package org.missionreader.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.missionreader.library.LibraryJson.VALID;
import static org.missionreader.library.LibraryJson.assertOnlyProblem;
import static org.missionreader.library.LibraryJson.bytes;
import static org.missionreader.library.LibraryJson.load;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A library is UTF-8 exactly as the Unicode standard defines it. The cases follow the kinds of the
 * standard's table of well-formed byte sequences (3-7) and of Markus Kuhn's decoder stress test, written
 * here afresh: boundaries, lone and missing continuation bytes, impossible bytes, overlong forms,
 * surrogates, code points beyond U+10FFFF; and files in UTF-16 and UTF-32.
 */
class EncodingGauntletTest {

    /** Line 3 of the file: `  "note": "ab` then the bytes: they start at column 14, byte offset 24 + 13 = 37. */
    private static byte[] noteWith(byte[] bytes) {
        return bytes("{\n  \"schemaVersion\": 1,\n  \"note\": \"ab", bytes, "\",\n  \"missions\": []\n}\n");
    }

    private static byte[] hex(String hex) {
        return HexFormat.of().parseHex(hex.replace(" ", ""));
    }

    /** Ill-formed sequences, each with the offset (within it) of the byte where decoding must stop. */
    static Stream<Arguments> illFormed() {
        return Stream.of(
                // lone continuation bytes, first and last
                Arguments.of("80", 0), Arguments.of("BF", 0), Arguments.of("80 BF 80", 0),
                // start bytes followed by a space, not by a continuation byte
                Arguments.of("C2 20", 0), Arguments.of("DF 20", 0), Arguments.of("E1 20", 0), Arguments.of("F1 20", 0),
                // sequences with their last byte missing
                Arguments.of("E2 82", 0), Arguments.of("F0 9F 98", 0), Arguments.of("F4 8F BF", 0), Arguments.of("41 E2 82", 1),
                // bytes that never appear in UTF-8
                Arguments.of("FE", 0), Arguments.of("FF", 0), Arguments.of("FE FE FF FF", 0),
                Arguments.of("F5 80 80 80", 0), Arguments.of("F8 88 80 80 80", 0), Arguments.of("FC 84 80 80 80 80", 0),
                // overlong forms of "/", the largest overlong forms, overlong forms of NUL
                Arguments.of("C0 AF", 0), Arguments.of("E0 80 AF", 0), Arguments.of("F0 80 80 AF", 0),
                Arguments.of("C1 BF", 0), Arguments.of("E0 9F BF", 0), Arguments.of("F0 8F BF BF", 0),
                Arguments.of("C0 80", 0), Arguments.of("E0 80 80", 0), Arguments.of("F0 80 80 80", 0),
                // UTF-16 surrogates, alone and paired, encoded as if they were characters
                Arguments.of("ED A0 80", 0), Arguments.of("ED AD BF", 0), Arguments.of("ED AE 80", 0), Arguments.of("ED AF BF", 0),
                Arguments.of("ED B0 80", 0), Arguments.of("ED BE 80", 0), Arguments.of("ED BF BF", 0),
                Arguments.of("ED A0 80 ED B0 80", 0), Arguments.of("ED AF BF ED BF BF", 0),
                // beyond U+10FFFF
                Arguments.of("F4 90 80 80", 0), Arguments.of("F7 BF BF BF", 0),
                // a good character, then a bad one: the bad one is named
                Arguments.of("C3 A9 C0 AF", 2), Arguments.of("F0 9F 98 80 ED A0 80", 4));
    }

    @ParameterizedTest
    @MethodSource("illFormed")
    void everyIllFormedSequenceIsInvalidUtf8AtItsByte(String sequence, int badAt) {
        byte[] seq = hex(sequence);
        LoadResult result = load(noteWith(seq));
        // Before the bad byte: "ab" and, in the last two cases, one character of one or two UTF-16 units.
        int before = badAt == 0 ? 0 : (seq[0] & 0xFF) >= 0xF0 ? 2 : 1;
        Problem problem = assertOnlyProblem(result, ProblemCode.INVALID_UTF8, 3, 14 + before, "");
        assertEquals(List.of(String.format("0x%02X", seq[badAt] & 0xFF), String.valueOf(37 + badAt)), problem.args(), sequence);
        assertTrue(problem.message(Locale.ENGLISH).startsWith("the file is not valid UTF-8: byte 0x"), problem.message(Locale.ENGLISH));
    }

    @ParameterizedTest
    @ValueSource(strings = {"C2 80", "DF BF", "E0 A0 80", "EF BF BD", "E1 80 80", "EC BF BF", "ED 9F BF", "EE 80 80",
            "F0 90 80 80", "F4 8F BF BF", "F1 80 80 80", "F3 BF BF BF", "E2 80 99 C3 A9 F0 9F 98 80"})
    void theBoundariesOfEachLengthAreUtf8(String sequence) {
        LoadResult result = load(noteWith(hex(sequence)));
        result.problems().forEach(p -> assertTrue(p.code() != ProblemCode.INVALID_UTF8 && p.code() != ProblemCode.NOT_UTF8, p.toString()));
    }

    @Test
    void overlongSlashIsNeverReadAsASlash() {
        // C0 AF would be "/" to a loose decoder: in an id, "m/1" would look like a path.
        byte[] file = bytes(VALID.substring(0, VALID.indexOf("\"m1\"") + 2), hex("C0 AF"), VALID.substring(VALID.indexOf("\"m1\"") + 2));
        LoadResult result = load(file);
        assertEquals(ProblemCode.INVALID_UTF8, result.problems().get(0).code());
        assertEquals(0, result.library().missions().size());
    }

    /** Whatever the bytes, the check agrees with the JDK's strict decoder (itself the standard's), byte for byte. */
    @Test
    void theCheckAgreesWithAStrictDecoderOnRandomBytes() {
        Random random = new Random(16);
        byte[] alphabet = hex("41 7F 80 8F 90 9F A0 BF C0 C1 C2 DF E0 E1 EC ED EE EF F0 F1 F3 F4 F5 F8 FE FF");
        for (int round = 0; round < 20_000; round++) {
            byte[] bytes = new byte[1 + random.nextInt(12)];
            for (int i = 0; i < bytes.length; i++) bytes[i] = alphabet[random.nextInt(alphabet.length)];
            assertEquals(strictDecoderStopsAt(bytes), Utf8Check.firstIllFormed(bytes, 0), HexFormat.ofDelimiter(" ").formatHex(bytes));
        }
    }

    private static int strictDecoderStopsAt(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CoderResult result = decoder.decode(in, CharBuffer.allocate(bytes.length * 2), true);
        return result.isError() ? in.position() : -1;
    }

    static Stream<Arguments> otherEncodings() {
        List<Arguments> cases = new ArrayList<>();
        for (String name : List.of("UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE")) {
            Charset charset = Charset.forName(name);
            byte[] plain = VALID.getBytes(charset);
            cases.add(Arguments.of(name, plain, name.endsWith("LE") ? 1 : 0));
            byte[] withBom = ("\uFEFF" + VALID).getBytes(charset);
            cases.add(Arguments.of(name, withBom, 0));
        }
        return cases.stream();
    }

    @ParameterizedTest
    @MethodSource("otherEncodings")
    void utf16AndUtf32AreNotUtf8AndSayWhatTheyLookLike(String name, byte[] file, int offset) {
        Problem problem = assertOnlyProblem(load(file), ProblemCode.NOT_UTF8, 1, offset + 1, "");
        assertEquals(name, problem.args().get(0));
        assertEquals(String.valueOf(offset), problem.args().get(2));
        assertTrue(problem.message(Locale.FRENCH).contains("doit être enregistré en UTF-8"), problem.message(Locale.FRENCH));
    }

    @Test
    void aUtf8ByteOrderMarkIsTolerated() {
        LoadResult result = load(bytes(hex("EF BB BF"), VALID));
        assertEquals(List.of(), result.problems());
    }
}
