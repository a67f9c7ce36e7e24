package org.missionreader.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The command line keeps its accents whatever the locale's encoding: a real launch of the application with
 * LANG=fr_FR.UTF-8 (a locale this machine has not generated, so the JDK's own encoding is ASCII) and LANG=C.
 */
class ConsoleStreamsTest {

    @Test
    void theCharsetIsTheOneTheLocaleNamesOrUtf8() {
        assertEquals(StandardCharsets.UTF_8, ConsoleStreams.charset(Map.of("LANG", "fr_FR.UTF-8")));
        assertEquals(StandardCharsets.UTF_8, ConsoleStreams.charset(Map.of("LANG", "C")));
        assertEquals(StandardCharsets.UTF_8, ConsoleStreams.charset(Map.of()));
        assertEquals(StandardCharsets.UTF_8, ConsoleStreams.charset(Map.of("LANG", "en_US.ANSI_X3.4-1968")));
        assertEquals(Charset.forName("ISO-8859-15"), ConsoleStreams.charset(Map.of("LANG", "fr_FR.ISO-8859-15@euro")));
        // LC_ALL wins over LANG, as in the C library.
        assertEquals(Charset.forName("ISO-8859-1"), ConsoleStreams.charset(Map.of("LC_ALL", "fr_FR.ISO-8859-1", "LANG", "fr_FR.UTF-8")));
    }

    @Test
    void aLegacyCharsetKeepsTheAccentsAndPlainsTheTypography() {
        String message = "Aucun résultat pour «\u202fœuvre\u202f» — l’accord…";
        String latin9 = ConsoleStreams.fit(message, Charset.forName("ISO-8859-15").newEncoder());
        assertEquals("Aucun résultat pour «\u00A0œuvre\u00A0» - l'accord...", latin9);
        String latin1 = ConsoleStreams.fit(message, StandardCharsets.ISO_8859_1.newEncoder());
        assertEquals("Aucun résultat pour «\u00A0oeuvre\u00A0» - l'accord...", latin1);
    }

    private record Result(int code, String out, String err) {
    }

    /** The application's launcher in a JVM of its own, with the environment given. */
    private static Result launch(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("--module-path");
        command.add(System.getProperty("jdk.module.path"));
        command.add("-m");
        command.add("org.missionreader/org.missionreader.app.Main");
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(k -> k.startsWith("LC_") || k.equals("LANG") || k.equals("JAVA_TOOL_OPTIONS"));
        environment.putAll(env);
        Process process = builder.start();
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void frenchMessagesKeepTheirAccentsWhereTheLocaleIsNotGenerated() throws Exception {
        Map<String, String> env = new HashMap<>();
        env.put("LANG", "fr_FR.UTF-8");
        Result none = launch(env, "--search", "xylophone");
        assertEquals(0, none.code(), none.err());
        assertTrue(none.err().contains("Aucun résultat pour «\u202fxylophone\u202f»."), none.err());
        Result cite = launch(env, "--cite", "minusma-press-elements-2015-03-04");
        assertTrue(cite.out().startsWith("François Delattre, Président du Conseil de sécurité"), cite.out());
    }

    @Test
    void theCLocaleWritesUtf8() throws Exception {
        Result search = launch(Map.of("LANG", "C"), "--search", "Delattre");
        assertTrue(search.out().contains("François Delattre"), search.out());
        assertTrue(!search.out().contains("?"), search.out());
    }
}
