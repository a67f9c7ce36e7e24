package org.missionreader.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionreader.library.DocumentKind;
import org.missionreader.library.PartialDate;

/** A saved web page: its article's paragraphs only; its scripts never run, nothing fetched. */
class HtmlImportTest {

    @TempDir
    Path dir;

    @Test
    void onlyTheArticlesParagraphs() throws Exception {
        String page = """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8">
                <title>Security Council Press Statement on Mali | Meetings Coverage</title>
                <link rel="canonical" href="https://press.un.org/en/2015/sc11809.doc.htm">
                <link rel="stylesheet" href="https://example.org/style.css">
                <script>document.write('<p>Written by a script</p>');</script>
                </head><body>
                <header><p>United Nations — Meetings Coverage and Press Releases</p></header>
                <nav><ul><li>Home</li><li>Security Council</li></ul></nav>
                <article>
                <h1>Security Council Press Statement on Mali</h1>
                <p>SC/11809</p>
                <p>4 March 2015</p>
                <p>The members of the Security Council welcomed the initialling, on 1&nbsp;March, of the peace agreement in Algiers.</p>
                <script>document.body.innerHTML = '<p>Replaced by a script</p>';</script>
                <ul><li>They <em>encouraged</em> the armed groups to initial the agreement.</li></ul>
                <aside><p>Related: other statements</p></aside>
                <img src="https://example.org/tracker.png" alt="">
                </article>
                <footer><p>Copyright United Nations</p></footer>
                </body></html>
                """;
        Path file = dir.resolve("sc11809.htm");
        Files.writeString(file, page, StandardCharsets.UTF_8);
        ImportDraft draft = DocumentImporter.read(file);
        // The heading (title, symbol, date line) is taken as the draft's fields, not paragraphs.
        assertEquals(List.of(
                "The members of the Security Council welcomed the initialling, on 1\u00A0March, of the peace agreement in Algiers.",
                "They encouraged the armed groups to initial the agreement."), draft.paragraphs());
        assertEquals("Security Council Press Statement on Mali", draft.title());
        assertEquals("https://press.un.org/en/2015/sc11809.doc.htm", draft.source().url());
        assertEquals("sc11809.htm", draft.source().name());
        assertEquals("SC/11809", draft.symbol());
        assertEquals(PartialDate.ofDay(2015, 3, 4), draft.date());
        assertEquals(DocumentKind.PRESS_STATEMENT, draft.kind());
        assertEquals("en", draft.language());
    }

    @Test
    void withoutAnArticleTheBodyWithoutItsNavigation() throws Exception {
        String page = """
                <html><head><title>Déclaration du Président</title>
                <meta property="og:url" content="https://www.un.org/fr/exemple"></head><body>
                <header>En-tête du site</header><nav><a href="/">Accueil</a></nav>
                <div><p>Le Conseil de sécurité salue l’accord de paix et la mise en œuvre de ses dispositions.</p></div>
                <form><p>Abonnez-vous</p></form><footer><p>Pied de page</p></footer>
                <script>alert('never')</script><noscript><p>Activez JavaScript</p></noscript>
                </body></html>
                """;
        Path file = dir.resolve("page.html");
        Files.writeString(file, page, StandardCharsets.UTF_8);
        ImportDraft draft = DocumentImporter.read(file);
        assertEquals(List.of("Le Conseil de sécurité salue l’accord de paix et la mise en œuvre de ses dispositions."), draft.paragraphs());
        assertEquals("Déclaration du Président", draft.title());
        assertEquals("https://www.un.org/fr/exemple", draft.source().url());
        assertEquals(DocumentKind.PRESIDENTIAL_STATEMENT, draft.kind());
        assertNull(draft.date());
    }

    @Test
    void aPageWithNoTextIsEmpty() throws Exception {
        Path file = dir.resolve("blank.html");
        Files.writeString(file, "<html><body><nav>Menu</nav><script>document.write('text')</script></body></html>");
        assertEquals(ImportFailure.Why.EMPTY, org.junit.jupiter.api.Assertions.assertThrows(ImportFailure.class,
                () -> DocumentImporter.read(file)).why());
    }
}
