package org.missionreader.cite;

import java.util.List;
import org.missionreader.library.Document;
import org.missionreader.library.DocumentKind;
import org.missionreader.library.Library;
import org.missionreader.library.LibraryLoader;
import org.missionreader.library.LocalizedText;
import org.missionreader.library.Mission;
import org.missionreader.library.MissionStatus;
import org.missionreader.library.PartialDate;
import org.missionreader.library.Source;
import org.missionreader.library.Speaker;

/** Documents to cite: the bundled ones, and made-up ones with what the bundled ones lack (an address, a symbol). */
final class Records {

    static final Library BUNDLED = new LibraryLoader().loadBundled().library();
    static final Document PRESS = BUNDLED.document("minusma-press-elements-2015-03-04").orElseThrow();
    static final Document NOTICE = BUNDLED.document("minusma-closure-notice").orElseThrow();

    /** An English presidential statement with a symbol, a month-only date, an address and LaTeX's characters. */
    static final Document STATEMENT = new Document("test-prst", "test-mission", DocumentKind.PRESIDENTIAL_STATEMENT,
            "Statement on Mali & the 100% {test} of Ségou_Gao", PartialDate.ofMonth(2016, 6), null, "en",
            List.of("A made-up paragraph."), new Source("Test source, été", "https://example.org/prst?id=5&lang=en"),
            "S/PRST/2016/99");
    static final Mission TEST_MISSION = new Mission("test-mission", new LocalizedText("TM", "TM"),
            new LocalizedText("Mission d’essai", "Test Mission"), new LocalizedText("Mali", "Mali"),
            PartialDate.ofYear(2015), null, null, null, MissionStatus.ONGOING, null, null, List.of());
    static final Library WITH_TEST = new Library(List.of(TEST_MISSION), List.of(STATEMENT), List.of());
    /** A letter by a person, with no mission the library knows and no source. */
    static final Document LETTER = new Document("test-letter", "nowhere", DocumentKind.LETTER, "Lettre à l’Élysée",
            PartialDate.ofYear(2014), new Speaker("Zoé Ñúñez-Åström", null), "fr", List.of("Texte."), null, null);

    private Records() {
    }
}
