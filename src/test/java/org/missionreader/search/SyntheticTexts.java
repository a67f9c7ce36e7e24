package org.missionreader.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.missionreader.library.Document;
import org.missionreader.library.DocumentKind;
import org.missionreader.library.Library;
import org.missionreader.library.LocalizedText;
import org.missionreader.library.PartialDate;
import org.missionreader.library.Source;
import org.missionreader.library.Speaker;
import org.missionreader.library.TimelineEvent;

/**
 * A deterministic synthetic library for the search benchmark: documents of French (about two thirds) and
 * English sentences in the register of Security Council texts, with accents, ligatures and typographic
 * apostrophes, and events with titles in both languages. Made-up text, for measuring only.
 */
final class SyntheticTexts {

    static final String[] FR_SUBJECTS = {"Le Conseil de sécurité", "Les membres du Conseil", "Le Secrétaire général",
        "La Mission", "Le Représentant spécial", "Le gouvernement malien", "L’équipe de médiation",
        "Les groupes armés", "La communauté internationale", "L’Union africaine", "Les autorités de transition"};
    static final String[] FR_VERBS = {"salue", "condamne", "souligne", "rappelle", "encourage", "exhorte",
        "se félicite de", "prend note de", "réaffirme", "demande instamment"};
    static final String[] FR_OBJECTS = {"l’accord de paix et de réconciliation", "la mise en œuvre de l’accord",
        "la protection des civils", "les négociations tenues à Alger", "le processus électoral",
        "la sécurité des Casques bleus", "le retrait de la force", "la stabilisation du nord",
        "les violations des droits de l’homme", "l’aide humanitaire d’urgence", "le cessez-le-feu",
        "la réforme du secteur de la sécurité", "le désarmement des combattants", "la coopération régionale",
        "l’intégrité territoriale du pays", "le dialogue inclusif", "les élections législatives"};
    static final String[] FR_TAILS = {"dans les meilleurs délais", "avec détermination", "conformément à ses résolutions",
        "au bénéfice de la population", "dans le respect du droit international", "sans délai",
        "en étroite coordination avec les partenaires", "à Bamako, Gao et Tombouctou", "d’ici à la fin de l’année"};
    static final String[] EN_SUBJECTS = {"The Security Council", "Council members", "The Secretary-General",
        "The Mission", "The Special Representative", "The Government", "The mediation team", "Armed groups",
        "The international community", "The African Union", "The transitional authorities"};
    static final String[] EN_VERBS = {"welcomed", "condemned", "stressed", "recalled", "encouraged", "urged",
        "took note of", "reaffirmed", "called for", "expressed concern about"};
    static final String[] EN_OBJECTS = {"the peace and reconciliation agreement", "the implementation of the accord",
        "the protection of civilians", "the negotiations held in Algiers", "the electoral process",
        "the safety of peacekeepers", "the withdrawal of the force", "the stabilization of the north",
        "human rights violations", "urgent humanitarian assistance", "the ceasefire", "security sector reform",
        "the disarmament of combatants", "regional cooperation", "the country's territorial integrity",
        "an inclusive dialogue", "the legislative elections"};
    static final String[] EN_TAILS = {"without delay", "with determination", "in line with its resolutions",
        "for the benefit of the population", "in accordance with international law", "as a matter of urgency",
        "in close coordination with partners", "in Bamako, Gao and Timbuktu", "by the end of the year"};

    private SyntheticTexts() {
    }

    static Library library(int documentCount, long seed) {
        Random random = new Random(seed);
        List<Document> documents = new ArrayList<>();
        List<TimelineEvent> events = new ArrayList<>();
        for (int d = 0; d < documentCount; d++) {
            boolean french = random.nextInt(3) < 2;
            int paragraphCount = 3 + random.nextInt(8);
            List<String> paragraphs = new ArrayList<>();
            for (int p = 0; p < paragraphCount; p++) {
                paragraphs.add(paragraph(random, french));
            }
            String id = "synthetic-" + d;
            String mission = "mission-" + (d % 40);
            PartialDate date = PartialDate.ofDay(1990 + random.nextInt(35), 1 + random.nextInt(12), 1 + random.nextInt(28));
            String title = french ? "Déclaration sur " + pick(random, FR_OBJECTS) : "Statement on " + pick(random, EN_OBJECTS);
            documents.add(new Document(id, mission, DocumentKind.PRESS_STATEMENT, title, date,
                    new Speaker("Orateur " + d, null), french ? "fr" : "en", paragraphs,
                    new Source("synthetic", null), "S/PRST/" + d));
            if (d % 5 == 0) {
                int object = random.nextInt(FR_OBJECTS.length);
                events.add(new TimelineEvent("event-" + d, mission, date, null,
                        new LocalizedText("Décision sur " + FR_OBJECTS[object], "Decision on " + EN_OBJECTS[object]),
                        null, List.of(id), List.of(new Source("synthetic", null))));
            }
        }
        return new Library(List.of(), documents, events);
    }

    private static String paragraph(Random random, boolean french) {
        StringBuilder out = new StringBuilder();
        int sentences = 1 + random.nextInt(4);
        for (int s = 0; s < sentences; s++) {
            if (s > 0) out.append(' ');
            if (french) {
                out.append(pick(random, FR_SUBJECTS)).append(' ').append(pick(random, FR_VERBS)).append(' ')
                        .append(pick(random, FR_OBJECTS)).append(' ').append(pick(random, FR_TAILS)).append('.');
            } else {
                out.append(pick(random, EN_SUBJECTS)).append(' ').append(pick(random, EN_VERBS)).append(' ')
                        .append(pick(random, EN_OBJECTS)).append(' ').append(pick(random, EN_TAILS)).append('.');
            }
        }
        return out.toString();
    }

    static String pick(Random random, String[] words) {
        return words[random.nextInt(words.length)];
    }
}
