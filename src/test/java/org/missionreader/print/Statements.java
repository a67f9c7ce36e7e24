package org.missionreader.print;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.missionreader.library.Document;
import org.missionreader.library.DocumentKind;
import org.missionreader.library.PartialDate;
import org.missionreader.library.Source;
import org.missionreader.library.Speaker;

/** Statements for tests: made-up French text, deterministic, with every accent a statement uses. */
public final class Statements {

    private static final String[] SUBJECTS = {"Le Conseil de sécurité", "La Mission", "Le Représentant spécial",
            "L’équipe de médiation internationale", "Le gouvernement malien", "Les membres du Conseil"};
    private static final String[] VERBS = {"salue", "réitère son appui à", "prend note avec satisfaction de",
            "encourage vivement", "souligne l’importance de", "demande instamment"};
    private static final String[] OBJECTS = {"la mise en œuvre de l’accord de paix", "la coopération régionale",
            "les efforts de médiation déployés à Alger", "la protection des civils dans le Nord",
            "le rôle joué par l’Algérie", "la reconstruction des écoles et des hôpitaux",
            "le dialogue « inclusif et sincère » entre les parties", "la pleine réconciliation nationale",
            "l’accès humanitaire aux régions de Kidal, Gao et Tombouctou", "les élections à venir"};
    private static final String[] ENDINGS = {"", " dès que possible", " avec un esprit de compromis",
            " conformément à la résolution 2100", " sans délai", " dans le respect de l’intégrité territoriale du Mali"};

    private Statements() {
    }

    /** A statement of the given number of paragraphs; the same seed gives the same text. */
    public static Document synthetic(int paragraphs, long seed) {
        Random random = new Random(seed);
        List<String> texts = new ArrayList<>();
        for (int p = 0; p < paragraphs; p++) {
            int sentences = 1 + random.nextInt(7);
            StringBuilder text = new StringBuilder();
            for (int s = 0; s < sentences; s++) {
                if (s > 0) text.append(' ');
                text.append(pick(random, SUBJECTS)).append(' ').append(pick(random, VERBS)).append(' ')
                        .append(pick(random, OBJECTS)).append(pick(random, ENDINGS)).append('.');
            }
            texts.add(text.toString());
        }
        return document("synthetic-" + seed, "Déclaration à la presse sur la situation au Mali (texte d’essai)", texts);
    }

    /** A document with the given paragraphs, a speaker and a date. */
    public static Document document(String id, String title, List<String> paragraphs) {
        return new Document(id, "minusma", DocumentKind.PRESS_STATEMENT, title, PartialDate.ofDay(2015, 3, 4),
                new Speaker("François Delattre", "Président du Conseil de sécurité"), "fr", paragraphs,
                new Source("test", null), null);
    }

    private static String pick(Random random, String[] choices) {
        return choices[random.nextInt(choices.length)];
    }

    /** White space runs as single spaces, trimmed: how wrapped text compares with its source. */
    public static String normalize(String text) {
        return text.replaceAll("[\\s&&[^\\u00A0\\u202F]]+", " ").strip();
    }

    /** The text of a block as laid out over its lines and pages, in order. */
    public static String blockText(Pagination pagination, int block) {
        StringBuilder out = new StringBuilder();
        boolean joinWord = false;
        for (Page page : pagination.pages()) {
            for (Line line : page.bodyLines()) {
                if (line.block() != block) continue;
                if (out.length() > 0 && !joinWord) out.append(' ');
                out.append(line.text());
                joinWord = line.brokenWord();
            }
        }
        return out.toString();
    }
}
