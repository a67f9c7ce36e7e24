package org.missionreader.ui.timeline;

import java.util.Locale;
import org.missionreader.library.DateText;
import org.missionreader.i18n.Messages;
import org.missionreader.i18n.Typography;
import org.missionreader.library.Mission;
import org.missionreader.library.PartialDate;
import org.missionreader.library.Precision;
import org.missionreader.library.TimelineEvent;
import org.missionreader.timeline.Eras;

/** The words the timeline shows and tells screen readers, in the interface language. */
final class TimelineTexts {

    private Locale locale = Locale.ENGLISH;

    void setLocale(Locale locale) {
        this.locale = locale == null ? Locale.ENGLISH : locale;
    }

    Locale locale() {
        return locale;
    }

    String get(String key, Object... args) {
        return Messages.get(locale, key, args);
    }

    String title(TimelineEvent e) {
        return e.title().in(locale);
    }

    /** The date as precisely as it is known, with its end if it has one. */
    String date(TimelineEvent e) {
        return DateText.formatSpan(e.date(), e.end(), locale);
    }

    /** Date, title, place, and whether Enter opens a document: what a screen reader says of an event. */
    String accessible(TimelineEvent e) {
        StringBuilder text = new StringBuilder(get("timeline.event.accessible", date(e), title(e)));
        if (e.place() != null) {
            text.append(get("timeline.event.place", e.place().in(locale)));
        }
        if (!e.documentIds().isEmpty()) {
            text.append(get("timeline.event.opens"));
        }
        return text.toString();
    }

    /** Date (and how precisely it is known), title, place and sources. */
    String tooltip(TimelineEvent e) {
        StringBuilder tip = new StringBuilder(date(e));
        if (e.end() == null && e.date().precision() != Precision.DAY) {
            tip.append(" (").append(get("timeline.precision." + e.date().precision().name())).append(')');
        }
        tip.append('\n').append(Typography.keepTogether(title(e)));
        if (e.place() != null) {
            tip.append('\n').append(get("timeline.place", e.place().in(locale)));
        }
        e.sources().forEach(s -> tip.append('\n').append(get("timeline.source", s.name())));
        if (e.documentIds().isEmpty()) {
            tip.append('\n').append(get("timeline.noDocument"));
        }
        return tip.toString();
    }

    /** "12 events, 1 March 2015 – 20 June 2015" and what a click does. */
    String cluster(TimelineEvent first, TimelineEvent last, int count, boolean canZoom) {
        PartialDate end = last.end() != null ? last.end() : last.date();
        return get("timeline.cluster", count, DateText.format(first.date(), locale), DateText.format(end, locale))
                + "\n" + get(canZoom ? "timeline.cluster.zoom" : "timeline.cluster.choose");
    }

    String mandateLabel(Eras.MandatePeriod p) {
        return get("timeline.mandate", p.resolution());
    }

    String mandateTip(Eras.MandatePeriod p) {
        String to = p.to() != null ? DateText.format(p.to(), locale) : get("timeline.today");
        return get("timeline.mandate.tip", p.resolution(), DateText.format(p.from(), locale), to)
                + "\n" + get("timeline.source", p.source().name() + (p.source().url() != null ? " (" + p.source().url() + ")" : ""));
    }

    /** What a piece of a mission's lifetime is: its span, an uncertain start or end, or a planned end. */
    String lifetimeTip(Mission m, Eras.Segment segment) {
        String acronym = m.acronym().in(locale);
        return switch (segment.kind()) {
            case UNCERTAIN -> {
                PartialDate which = m.end() != null && segment.start() >= m.end().firstDay().toEpochDay() ? m.end() : m.start();
                yield get("timeline.lifetime.uncertain", acronym, DateText.format(which, locale));
            }
            case PLANNED -> get("timeline.lifetime.planned", acronym, DateText.format(m.plannedEnd(), locale));
            default -> get("timeline.lifetime.tip", acronym, DateText.format(m.start(), locale), endText(m));
        };
    }

    String missionRow(Mission m) {
        return get("timeline.missionRow.accessible", m.acronym().in(locale), DateText.format(m.start(), locale), endText(m));
    }

    private String endText(Mission m) {
        return m.end() != null ? DateText.format(m.end(), locale) : get("timeline.today");
    }
}
