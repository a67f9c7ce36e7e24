package org.missionreader.ui.reader;

import org.missionreader.ui.application.ReaderModel;
import org.missionreader.ui.application.I18n;
import org.missionreader.ui.application.Job;
import org.missionreader.ui.application.Services;
import org.missionreader.ui.controls.JobList;
import org.missionreader.ui.application.ReadingSpot;
import org.missionreader.ui.application.Command;
import org.missionreader.ui.application.Commands;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.missionreader.library.DateText;
import org.missionreader.i18n.Typography;
import org.missionreader.library.Document;
import org.missionreader.library.Mission;
import org.missionreader.library.MissionStatus;
import org.missionreader.library.Resolution;
import org.missionreader.library.Source;
import org.missionreader.library.TimelineEvent;

import static org.missionreader.ui.reader.SelectableTextPane.run;

/**
 * The reading pane: the open document set for reading (title, kind, speaker, date, paragraphs, source),
 * or, with no document open, the mission's overview with its facts and their sources. Library text is
 * always plain text in Text nodes, never markup.
 */
public final class ReaderPane extends StackPane {

    private final ReaderModel model;
    private final I18n i18n;
    private final SelectableTextPane page;
    private final ScrollPane scroll;
    private final VBox loading;
    private final HBox centre;
    /** The blocks of the open document's paragraphs, in order. */
    private final List<TextFlow> paragraphs = new ArrayList<>();
    private final PlaceKeeper places = new PlaceKeeper(this);
    /** How far below the top of the view a paragraph brought to the top begins, in pixels. */
    private static final double TOP_GAP = 8;
    /** How long a paragraph brought into view stays marked. */
    private final javafx.animation.PauseTransition flash = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(2.5));
    private final Outline outline;
    /** The mission whose overview the page shows, or null. */
    private Mission overviewShown;
    private final ReaderHighlights highlights;

    public ReaderPane(Services services) {
        this.model = services.model();
        this.i18n = services.i18n();
        getStyleClass().add("reader-pane");
        page = new SelectableTextPane(i18n);
        page.setId("reader-page");
        page.getStyleClass().add("reading-column");
        page.accessibleTextProperty().bind(i18n.text("reader.accessible"));
        outline = new Outline(this, model, i18n);
        flash.setOnFinished(e -> {
            if (model.spotProperty().get() != null && model.spotProperty().get().marks().isEmpty()) page.setMarks(List.of());
        });

        // The column keeps a comfortable line length however wide the window is.
        centre = new HBox(page) {
            @Override
            protected void layoutChildren() {
                super.layoutChildren();
                // Here the scroll pane has given the page its new size (its own layout comes before this).
                places.laidOut();
            }
        };
        centre.setAlignment(Pos.TOP_CENTER);
        centre.getStyleClass().add("reading-surface");
        scroll = new ScrollPane(centre);
        scroll.setId("reader-scroll");
        scroll.setFitToWidth(true);
        scroll.setFocusTraversable(false);

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(48, 48);
        Label loadingLabel = new Label();
        loadingLabel.textProperty().bind(i18n.text("reader.loading"));
        // Each load its own row, progress and Cancel: two files dropped at once are two loads.
        JobList loads = new JobList(services.jobs(), i18n, job -> job.kind() == Job.Kind.LOAD);
        loads.setMaxWidth(460);
        loading = new VBox(12, spinner, loadingLabel, loads);
        loading.setAlignment(Pos.CENTER);
        // Over the text only while there is no library to read (the first, or one that replaces it): a file
        // added meanwhile loads in the background, listed with the toolbar's jobs, and the reader reads on.
        loading.visibleProperty().bind(model.replacingProperty());
        scroll.visibleProperty().bind(model.replacingProperty().not());

        getChildren().addAll(scroll, loading);
        model.documentProperty().addListener((obs, old, now) -> {
            if (old != null) places.keep(old.id());
            refresh(now == null ? null : places.of(now.id()));
        });
        model.spotProperty().addListener((obs, old, now) -> reveal(now));
        model.missionProperty().addListener((obs, old, now) -> {
            // Its own document listener has already shown a document of the mission (or its overview).
            if (model.documentProperty().get() == null && overviewShown != now) refresh(null);
        });
        // The same document in another language: the same paragraph and line stay at the top.
        i18n.localeProperty().addListener((obs, old, now) -> refresh(places.current()));
        scroll.vvalueProperty().addListener((obs, old, now) -> places.scrolled());
        ReadingKeys.install(page, this, services.commands());
        highlights = new ReaderHighlights(services, this);
        refresh(null);
    }

    /** The highlights and notes drawn on the open document, and the commands that make them. */
    public ReaderHighlights highlights() {
        return highlights;
    }

    /** The text column, for focus and tests. */
    public SelectableTextPane page() {
        return page;
    }

    /** The scroll pane around the reading column. */
    public ScrollPane scroll() {
        return scroll;
    }

    /** The column's surface inside the scroll pane, whose height is the page's. */
    HBox content() {
        return centre;
    }

    double viewportHeight() {
        return scroll.getViewportBounds().getHeight();
    }

    /** How far down the page the top of the view is, in pixels. */
    double scrollTop() {
        double range = centre.getHeight() - viewportHeight();
        return range <= 0 ? 0 : scroll.getVvalue() * range;
    }

    /** Scrolls so that the top of the view is this far down the page (clamped to the page). */
    void scrollTopTo(double y) {
        double range = centre.getHeight() - viewportHeight();
        scroll.setVvalue(range <= 0 ? 0 : Math.max(0, Math.min(1, y / range)));
    }

    /** Where a point of a node at height {@code y} is, down the page. */
    double yInContent(Node node, double y) {
        return centre.sceneToLocal(node.localToScene(0, y)).getY();
    }

    /** The height of a line of the reading text (the first paragraph's font and line spacing). */
    double lineHeight() {
        TextFlow flow = !paragraphs.isEmpty() ? paragraphs.get(0) : page.blockCount() > 0 ? page.block(0) : null;
        Text probe = new Text("Xg");
        double spacing = 0;
        if (flow != null && !flow.getChildren().isEmpty() && flow.getChildren().get(0) instanceof Text first) {
            probe.setFont(first.getFont());
            spacing = flow.getLineSpacing();
        }
        return probe.getLayoutBounds().getHeight() + spacing;
    }

    /** The block of a paragraph of the open document, or null. */
    public TextFlow paragraphBlock(int index) {
        return index >= 0 && index < paragraphs.size() ? paragraphs.get(index) : null;
    }

    /**
     * Brings a spot of the open document into view and marks its runs; the first run is the current one. A
     * spot with no runs (a bookmark, a timeline link, the outline) is a paragraph: it goes to the top of the
     * view and is marked for a moment.
     */
    private void reveal(ReadingSpot spot) {
        Document doc = model.documentProperty().get();
        flash.stop();
        if (spot == null || doc == null || !doc.id().equals(spot.documentId())) {
            page.setMarks(List.of());
            return;
        }
        TextFlow block = paragraphBlock(spot.paragraph());
        if (block == null) return;
        int index = page.indexOf(block);
        if (spot.marks().isEmpty()) {
            page.setMarks(List.of(new SelectableTextPane.Mark(index, 0, page.blockText(index).length(), false)));
            scrollBlockToTop(index);
            flash.playFromStart();
            return;
        }
        List<SelectableTextPane.Mark> marks = new ArrayList<>();
        for (int i = 0; i < spot.marks().size(); i++) {
            marks.add(new SelectableTextPane.Mark(index, spot.marks().get(i).start(), spot.marks().get(i).end(), i == 0));
        }
        page.setMarks(marks);
        scrollToBlock(index);
    }

    /** Scrolls so that a block of the page sits near the top of the view, with a little text above it. */
    public void scrollToBlock(int block) {
        if (getScene() == null) return;
        scroll.applyCss();
        scroll.layout();
        scrollTopTo(yInContent(page.blockNode(block), 0) - viewportHeight() / 4);
    }

    /** Scrolls so that a block of the page is at the top of the view, a few pixels below its edge. */
    void scrollBlockToTop(int block) {
        if (getScene() == null) return;
        scroll.applyCss();
        scroll.layout();
        scrollTopTo(yInContent(page.blockNode(block), 0) - TOP_GAP);
    }

    /** The open document's paragraph at the top of the view (the first one not wholly above it), or -1. */
    public int paragraphAtTop() {
        if (paragraphs.isEmpty()) return -1;
        double top = scrollTop() + TOP_GAP + 1;
        for (int i = 0; i < paragraphs.size(); i++) {
            TextFlow flow = paragraphs.get(i);
            if (yInContent(flow, flow.getHeight()) > top) return i;
        }
        return paragraphs.size() - 1;
    }

    /** The open document's paragraphs the selection takes in, first and last (0-based), or null. */
    public int[] selectedParagraphs() {
        int[] blocks = page.selectedBlocks();
        if (blocks == null || paragraphs.isEmpty()) return null;
        int first = -1;
        int last = -1;
        for (int i = 0; i < paragraphs.size(); i++) {
            int block = page.indexOf(paragraphs.get(i));
            if (block >= blocks[0] && block <= blocks[1]) {
                if (first < 0) first = i;
                last = i;
            }
        }
        return first < 0 ? null : new int[] {first, last};
    }

    /** Opens a paragraph of the open document at the top of the view, marked for a moment (the outline's items). */
    public void showParagraph(int index) {
        Document doc = model.documentProperty().get();
        if (doc == null || index < 0 || index >= doc.paragraphs().size()) return;
        // The same spot twice (the same item after scrolling away) is a change too.
        model.spotProperty().set(null);
        model.spotProperty().set(new ReadingSpot(doc.id(), index, List.of()));
    }

    /** The outline of the open document: its paragraphs' numbers and first words. */
    public Outline outline() {
        return outline;
    }

    /** View > Outline… (Ctrl+Shift+O): the outline, from wherever the keyboard is. */
    public void addCommands(Commands commands) {
        commands.addBefore("view-larger", Command.of("outline", Command.Menu.VIEW, "menu.view.outline", Outline.OPEN,
                () -> outline.show(null)).inSection("paragraphs").enabledWhen(model.documentProperty().isNotNull()));
    }

    /** Scrolls to a fraction of the page (0 top, 1 bottom) once it is laid out. */
    public void scrollToFraction(double fraction) {
        if (getScene() != null) {
            scroll.applyCss();
            scroll.layout();
        }
        scroll.setVvalue(Math.max(0, Math.min(1, fraction)));
    }

    /** Scrolls to a block only when it is not already in full view. */
    public void ensureVisible(int block) {
        if (getScene() == null) return;
        scroll.applyCss();
        scroll.layout();
        Node node = page.blockNode(block);
        Bounds shown = node.localToScene(node.getBoundsInLocal());
        double top = scroll.localToScene(0, 0).getY();
        if (shown.getMinY() >= top && shown.getMaxY() <= top + scroll.getViewportBounds().getHeight()) {
            return;
        }
        scrollToBlock(block);
    }

    /** Shows the open document or the mission's overview anew; its next layout brings this place to the top. */
    private void refresh(PlaceKeeper.Place place) {
        page.clear();
        paragraphs.clear();
        overviewShown = null;
        Document doc = model.documentProperty().get();
        Mission mission = model.missionProperty().get();
        if (doc != null) {
            showDocument(doc);
        } else if (mission != null) {
            showOverview(mission);
            overviewShown = mission;
        } else if (!model.loadingProperty().get()) {
            page.addBlock("doc-paragraph", run(i18n.get("reader.nothing"), "body"));
        }
        highlights.redraw();
        places.rebuilt(place);
    }

    private void showDocument(Document doc) {
        Locale locale = i18n.locale();
        Hyperlink back = new Hyperlink();
        model.library().mission(doc.missionId()).ifPresent(m ->
                back.setText("← " + i18n.get("reader.overviewOf", m.acronym().in(locale))));
        back.setOnAction(e -> model.documentProperty().set(null));
        back.getStyleClass().add("back-link");
        Button outlineButton = new Button();
        outlineButton.textProperty().bind(i18n.text("reader.outline"));
        outlineButton.setId("reader-outline");
        outlineButton.getStyleClass().add("outline-button");
        outlineButton.setOnAction(e -> outline.show(outlineButton));
        javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
        HBox.setHgrow(gap, javafx.scene.layout.Priority.ALWAYS);
        HBox header = new HBox(8, back, gap, outlineButton);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("doc-header");
        page.addNode(header);

        Label kind = new Label(i18n.get("kind." + doc.kind().jsonName()).toUpperCase(locale));
        kind.getStyleClass().add("doc-kind");
        page.addNode(kind);
        page.addBlock("doc-title", prose(doc.title(), "title")).setId("doc-title");
        if (doc.speaker() != null) {
            Text name = run(doc.speaker().name(), "speaker-name");
            if (doc.speaker().role() != null) {
                page.addBlock("doc-speaker", name, prose("\n" + doc.speaker().role(), "speaker-role")).setId("doc-speaker");
            } else {
                page.addBlock("doc-speaker", name).setId("doc-speaker");
            }
        }
        String dateLine = DateText.format(doc.date(), locale);
        if (doc.symbol() != null) {
            dateLine += " · " + doc.symbol();
        }
        page.addBlock("doc-date", run(dateLine, "date")).setId("doc-date");
        page.addNode(new Separator());
        boolean first = true;
        for (String paragraph : doc.paragraphs()) {
            TextFlow flow = page.addBlock("doc-paragraph", prose(paragraph, "body"));
            int number = paragraphs.size();
            page.addBeside(page.indexOf(flow), new ParagraphNumber(number, flow, i18n.get("reader.paragraphNumber", number + 1)));
            paragraphs.add(flow);
            if (first) {
                flow.setId("doc-first-paragraph");
                first = false;
            }
        }
        page.addNode(new Separator());
        page.addBlock("doc-source", run(i18n.get("reader.source") + " ", "fact-label"), run(sourceText(doc.source()), "fact"));
        List<TimelineEvent> events = model.library().eventsLinkedTo(doc.id());
        if (!events.isEmpty()) {
            Label heading = new Label(i18n.get("reader.onTimeline"));
            heading.getStyleClass().add("fact-heading");
            page.addNode(heading);
            for (TimelineEvent event : events) {
                Hyperlink link = new Hyperlink(DateText.format(event.date(), locale) + " — " + Typography.keepTogether(event.title().in(locale)));
                link.setWrapText(true);
                link.getStyleClass().add("event-link");
                link.setOnAction(e -> model.eventProperty().set(event));
                page.addNode(link);
            }
        }
    }

    private void showOverview(Mission m) {
        Locale locale = i18n.locale();
        Label kind = new Label(i18n.get("overview.kind").toUpperCase(locale));
        kind.getStyleClass().add("doc-kind");
        page.addNode(kind);
        page.addBlock("doc-title", run(m.acronym().in(locale), "title")).setId("overview-title");
        page.addBlock("doc-subtitle", prose(m.name().in(locale), "subtitle"));
        page.addNode(new Separator());
        fact("overview.country", m.country().in(locale));
        String period = DateText.format(m.start(), locale) + " – "
                + (m.end() != null ? DateText.format(m.end(), locale) : i18n.get("overview.ongoing"));
        fact("overview.period", period);
        if (m.plannedEnd() != null) {
            fact("overview.plannedEnd", DateText.format(m.plannedEnd(), locale));
        }
        Resolution r = m.establishedBy();
        if (r != null) {
            fact("overview.establishedBy", i18n.get(r.numbers().size() == 1 ? "overview.resolution" : "overview.resolutions",
                    String.join(i18n.get("overview.and"), r.numbers()), DateText.format(r.date(), locale)));
        }
        String status = i18n.get(m.status() == MissionStatus.CLOSED ? "status.closed" : "status.ongoing");
        fact("overview.status", i18n.get("overview.statusAsOf", status, DateText.format(m.statusAsOf(), locale)));
        if (m.statusNote() != null) {
            page.addBlock("doc-paragraph", prose(m.statusNote().in(locale), "body"));
        }
        int documents = model.library().documentsOf(m.id()).size();
        int events = model.library().eventsOf(m.id()).size();
        fact("overview.contents", i18n.get("overview.counts", documents, events));

        Label heading = new Label(i18n.get("overview.sources"));
        heading.getStyleClass().add("fact-heading");
        page.addNode(heading);
        for (Source source : m.sources()) {
            page.addBlock("doc-source", run("• " + sourceText(source), "fact"));
        }
        if (documents > 0) {
            Label hint = new Label(i18n.get("overview.hint"));
            hint.setWrapText(true);
            hint.getStyleClass().add("hint");
            page.addNode(hint);
        }
    }

    private void fact(String labelKey, String value) {
        page.addBlock("doc-fact", run(i18n.get(labelKey) + " ", "fact-label"), run(value, "fact"));
    }

    /** Library text set for reading (no line break inside a date or before French punctuation), copied as written. */
    private static Text prose(String text, String styleClass) {
        return SelectableTextPane.run(Typography.keepTogether(text), text, styleClass);
    }

    private static String sourceText(Source source) {
        return source.url() == null ? source.name() : source.name() + " (" + source.url() + ")";
    }
}
