package org.missionreader.library.synthetic;

import java.util.SplittableRandom;

/**
 * Sentences in the register of Security Council texts, in French and English, assembled from parts:
 * enough variety and accents (é, è, ê, à, ç, œ, « », ’) to exercise loading, search and layout.
 */
final class Prose {

    private static final String[] FR_SUBJECTS = {"Le Conseil de sécurité", "Les membres du Conseil",
        "Le Secrétaire général", "La Mission", "Le Représentant spécial", "Les parties maliennes",
        "L’équipe de médiation internationale", "Le Gouvernement de transition"};
    private static final String[] FR_VERBS = {"réaffirme", "salue", "souligne", "encourage", "prend note de",
        "exprime sa préoccupation quant à", "se félicite de", "réitère son soutien à", "condamne fermement"};
    private static final String[] FR_OBJECTS = {"la mise en œuvre de l’accord pour la paix et la réconciliation",
        "l’engagement des parties envers un cessez-le-feu durable", "la protection des civils dans le nord du pays",
        "le rôle de l’Algérie et des autres membres de la médiation", "les efforts déployés à Gao et à Tombouctou",
        "la situation humanitaire préoccupante dans la région", "le dialogue inclusif entre les communautés",
        "la sécurité du personnel des Nations Unies", "le retrait ordonné des contingents",
        "la coopération avec les autorités régionales et « les partenaires concernés »"};
    private static final String[] FR_TAILS = {"", " avec le soutien de la communauté internationale",
        " conformément à ses résolutions antérieures", " dans les meilleurs délais", " de bonne foi",
        " afin de garantir une paix durable", " et appelle à redoubler d’efforts"};

    private static final String[] EN_SUBJECTS = {"The Security Council", "Council members", "The Secretary-General",
        "The Mission", "The Special Representative", "The Malian parties", "The international mediation team",
        "The transitional Government"};
    private static final String[] EN_VERBS = {"reaffirms", "welcomes", "stresses", "encourages", "takes note of",
        "expresses concern about", "commends", "reiterates its support for", "strongly condemns"};
    private static final String[] EN_OBJECTS = {"the implementation of the Agreement on Peace and Reconciliation",
        "the parties’ commitment to a lasting ceasefire", "the protection of civilians in the north of the country",
        "the role of Algeria and the other members of the mediation", "the efforts made in Gao and Timbuktu",
        "the worrying humanitarian situation in the region", "the inclusive dialogue between communities",
        "the safety of United Nations personnel", "the orderly withdrawal of contingents",
        "cooperation with the regional authorities and “relevant partners”"};
    private static final String[] EN_TAILS = {"", " with the support of the international community",
        " in line with its previous resolutions", " without delay", " in good faith",
        " so as to secure a lasting peace", " and calls for renewed efforts"};

    private static final String[] FIRST = {"François", "Amina", "Mongi", "Hélène", "Jérôme", "Aïssata", "Zoé",
        "Mahamat", "Björn", "Inès"};
    private static final String[] LAST = {"Delattre", "Hamdi", "Annadif", "Wane", "Koenders", "Traoré", "Lefèvre",
        "Ndiaye", "Østergaard", "Martín"};

    private final SplittableRandom random;

    Prose(SplittableRandom random) {
        this.random = random;
    }

    String sentence(boolean french) {
        String[] subjects = french ? FR_SUBJECTS : EN_SUBJECTS;
        String[] verbs = french ? FR_VERBS : EN_VERBS;
        String[] objects = french ? FR_OBJECTS : EN_OBJECTS;
        String[] tails = french ? FR_TAILS : EN_TAILS;
        return pick(subjects) + " " + pick(verbs) + " " + pick(objects) + pick(tails) + ".";
    }

    String paragraph(boolean french) {
        int sentences = 2 + random.nextInt(4);
        StringBuilder out = new StringBuilder();
        for (int s = 0; s < sentences; s++) {
            if (s > 0) out.append(' ');
            out.append(sentence(french));
        }
        return out.toString();
    }

    String title(boolean french) {
        String object = pick(french ? FR_OBJECTS : EN_OBJECTS);
        return (french ? "Déclaration sur " : "Statement on ") + object;
    }

    String name() {
        return pick(FIRST) + " " + pick(LAST);
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }
}
