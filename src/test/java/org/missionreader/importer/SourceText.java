package org.missionreader.importer;

import java.util.ArrayList;
import java.util.List;

/** The text the producer tests write into PDFs with other tools: French, accents, œ, ’, no-break spaces. */
final class SourceText {

    static final String TITLE = "Déclaration à la presse sur la situation au Mali";
    static final String SYMBOL = "SC/11809";
    static final String DATE = "4 mars 2015";

    private static final String[] SENTENCES = {
        "Les membres du Conseil de sécurité ont salué l’accord de paix paraphé le 1er\u00A0mars à Alger.",
        "Ils ont réaffirmé leur attachement à la mise en œuvre de l’accord, « sans délai\u202F» et de bonne foi.",
        "Le Conseil a souligné l’importance des négociations menées sous l’égide de l’Algérie\u00A0; il a demandé à toutes les parties d’y participer.",
        "La confiance entre les parties et l’afflux de réfugiés dans le Nord-Mali ont été évoqués par le Représentant spécial.",
        "Ils ont encouragé les groupes armés à parapher l’accord et à s’engager pour une paix durable au Mali\u00A0!",
        "Les membres du Conseil ont rendu hommage au personnel de la MINUSMA pour son dévouement et son efficacité.",
    };

    private SourceText() {
    }

    /** The heading (title, symbol, date line) and {@code count} body paragraphs. */
    static List<String> paragraphs(int count) {
        List<String> out = new ArrayList<>(List.of(TITLE, SYMBOL, DATE));
        for (int p = 0; p < count; p++) {
            StringBuilder text = new StringBuilder();
            for (int s = 0; s < 4; s++) {
                if (s > 0) text.append(' ');
                text.append(SENTENCES[(p + s) % SENTENCES.length]);
            }
            out.add(text.toString());
        }
        return out;
    }

    /** White space runs, no-break spaces included, as single spaces: for producers that print them as gaps. */
    static String collapseAllSpaces(String s) {
        return s.replaceAll("[\\s\\u00A0\\u202F]+", " ").strip();
    }

    static List<String> collapseAllSpaces(List<String> paragraphs) {
        return paragraphs.stream().map(SourceText::collapseAllSpaces).toList();
    }
}
