package org.missionreader.print;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The house rule: the print layout and the PDF export never import JavaFX, so they run without a window. */
class PrintIsPureJavaTest {

    @Test
    void noJavaFxInThePrintPackages() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/missionreader/print"))) {
            List<String> offenders = files.filter(f -> f.toString().endsWith(".java")).filter(f -> {
                try {
                    return Files.readAllLines(f).stream().anyMatch(l -> l.startsWith("import javafx") || l.startsWith("import org.controlsfx")
                            || l.startsWith("import org.missionreader.ui"));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).map(Path::toString).toList();
            assertEquals(List.of(), offenders);
        }
    }
}
