package org.missionreader.ui.printing;

import java.util.Locale;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Scene;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.missionreader.print.Annotation;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.transform.Scale;
import javafx.stage.Stage;
import javafx.util.StringConverter;
import org.missionreader.library.Document;
import org.missionreader.print.Orientation;
import org.missionreader.print.PageSetup;
import org.missionreader.print.Pagination;
import org.missionreader.print.PaperSize;
import org.missionreader.ui.application.I18n;
import org.missionreader.ui.application.Job;

/**
 * The print preview: the document's pages exactly as the printer and the PDF get them, one at a time,
 * with paper, orientation and text size choices, the page count, a zoom (fit width, fit page, 50 to 200 %;
 * Ctrl++, Ctrl+- and Ctrl+0 for fit page) that scales the page's nodes and never lays it out again, and
 * whether the reader's highlights and notes are printed. The pages are laid out in a
 * pagination job (the fonts' first load and the measuring take a while); until they come back the
 * preview says it is laying them out, and a new choice supersedes the layout still running.
 */
public final class PrintPreview {

    private final PrintCommands commands;
    private final Document doc;
    private final I18n i18n;
    private final Stage stage = new Stage();
    private final ObjectProperty<Pagination> pagination = new SimpleObjectProperty<>();
    private final IntegerProperty pageIndex = new SimpleIntegerProperty(0);
    private final StackPane surface = new StackPane();
    private final ScrollPane scroll = new ScrollPane(surface);
    private final ComboBox<PaperSize> paper = new ComboBox<>();
    private final ComboBox<Orientation> orientation = new ComboBox<>();
    private final ComboBox<Double> fontSize = new ComboBox<>();
    private final ComboBox<PreviewZoom> zoom = new ComboBox<>();
    private final CheckBox withNotes = new CheckBox();
    /** The sheet shown and its scale, changed by the zoom without building the sheet again. */
    private Group sheet;
    private final Scale sheetScale = new Scale(1, 1);
    private final Label pageLabel = new Label();
    private final Label layingOut = new Label();
    /** The layout whose pages will be shown; an older one still running is superseded. */
    private Task<Pagination> layout;
    /** Where in the text the reader was, as a fraction of the pages, kept while the pages are laid out anew. */
    private double place;

    PrintPreview(PrintCommands commands, Document doc) {
        this.commands = commands;
        this.doc = doc;
        this.i18n = commands.i18n();
        PageSetup setup = commands.setupProperty().get();

        paper.getItems().setAll(PaperSize.CHOICES);
        paper.setValue(PaperSize.CHOICES.contains(setup.paper()) ? setup.paper() : PaperSize.A4);
        paper.setId("preview-paper");
        orientation.getItems().setAll(Orientation.values());
        orientation.setValue(setup.orientation());
        orientation.setId("preview-orientation");
        fontSize.getItems().setAll(PageSetup.FONT_SIZES);
        fontSize.setValue(setup.fontSize());
        fontSize.setId("preview-font-size");
        zoom.getItems().setAll(PreviewZoom.CHOICES);
        zoom.setValue(PreviewZoom.FIT_PAGE);
        zoom.setId("preview-zoom");
        zoom.setTooltip(new javafx.scene.control.Tooltip());
        zoom.getTooltip().textProperty().bind(i18n.text("preview.zoom"));
        zoom.accessibleTextProperty().bind(i18n.text("preview.zoom"));
        translateChoices();
        Button zoomOut = button("preview-zoom-out", "preview.zoomOut", "−");
        zoomOut.setOnAction(e -> zoomOut());
        Button zoomIn = button("preview-zoom-in", "preview.zoomIn", "+");
        zoomIn.setOnAction(e -> zoomIn());

        boolean hasNotes = commands.hasNotes(doc);
        withNotes.setId("preview-with-notes");
        withNotes.textProperty().bind(i18n.text("preview.withNotes"));
        withNotes.setSelected(hasNotes && commands.includeNotesProperty().get());
        withNotes.setDisable(!hasNotes);
        withNotes.setMinWidth(Region.USE_PREF_SIZE);
        if (!hasNotes) {
            javafx.scene.control.Tooltip none = new javafx.scene.control.Tooltip();
            none.textProperty().bind(i18n.text("preview.withNotes.none"));
            withNotes.setTooltip(none);
        }
        withNotes.selectedProperty().addListener((obs, o, n) -> {
            commands.includeNotesProperty().set(n);
            relayout();
        });

        Button previous = button("preview-previous", "preview.previous", "◀");
        previous.setOnAction(e -> pageIndex.set(pageIndex.get() - 1));
        previous.disableProperty().bind(pageIndex.lessThanOrEqualTo(0).or(pagination.isNull()));
        Button next = button("preview-next", "preview.next", "▶");
        next.setOnAction(e -> pageIndex.set(pageIndex.get() + 1));
        next.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> pagination.get() == null || pageIndex.get() >= pagination.get().pageCount() - 1, pageIndex, pagination));
        pageLabel.setId("preview-page-label");
        pageLabel.textProperty().bind(i18n.compute(() -> pagination.get() == null ? ""
                : i18n.get("print.pageOf", pageIndex.get() + 1, pagination.get().pageCount()), pageIndex, pagination));
        layingOut.setId("preview-laying-out");
        layingOut.getStyleClass().add("preview-laying-out");
        layingOut.textProperty().bind(i18n.text("preview.layingOut"));
        pageLabel.setMinWidth(Region.USE_PREF_SIZE);

        HBox choices = new HBox(8, label("preview.paper", paper), paper, label("preview.orientation", orientation), orientation,
                label("preview.fontSize", fontSize), fontSize);
        choices.setAlignment(Pos.CENTER_LEFT);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox zooming = new HBox(4, zoomOut, zoom, zoomIn);
        zooming.setAlignment(Pos.CENTER_LEFT);
        zooming.setMinWidth(Region.USE_PREF_SIZE);
        HBox paging = new HBox(8, previous, pageLabel, next);
        paging.setAlignment(Pos.CENTER_LEFT);
        paging.setMinWidth(Region.USE_PREF_SIZE);
        // The pages' choices and the zoom above the page; turning the pages below it, with the actions.
        HBox toolbar = new HBox(12, choices, spacer, zooming);
        toolbar.setAlignment(Pos.CENTER_LEFT);
        toolbar.getStyleClass().add("preview-toolbar");

        Button print = button("preview-print", "preview.print", null);
        print.setOnAction(e -> commands.print());
        Button export = button("preview-export", "preview.export", null);
        export.setOnAction(e -> commands.exportPdf());
        Button close = button("preview-close", "preview.close", null);
        close.setCancelButton(true);
        close.setOnAction(e -> close());
        Region actionsSpacer = new Region();
        HBox.setHgrow(actionsSpacer, Priority.ALWAYS);
        Region pagingSpacer = new Region();
        HBox.setHgrow(pagingSpacer, Priority.ALWAYS);
        HBox actions = new HBox(8, withNotes, pagingSpacer, paging, actionsSpacer, print, export, close);
        actions.setAlignment(Pos.CENTER_LEFT);
        actions.getStyleClass().add("preview-actions");

        surface.getStyleClass().add("preview-surface");
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setId("preview-scroll");
        BorderPane root = new BorderPane(scroll, toolbar, null, actions, null);
        root.getStyleClass().add("print-preview");
        BorderPane.setMargin(actions, new Insets(0));

        // As tall as a sheet can usefully be shown, within the screen the window is on.
        Scene scene = org.missionreader.ui.application.OwnerScreen.scene(root, commands.owner(), 900, 900);
        scene.getStylesheets().add(PrintPreview.class.getResource("print.css").toExternalForm());
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.PAGE_DOWN || e.getCode() == KeyCode.RIGHT) next.fire();
            else if (e.getCode() == KeyCode.PAGE_UP || e.getCode() == KeyCode.LEFT) previous.fire();
        });
        // Zoom keys as the reading view has them; filtered, so that a focused choice box does not take them.
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (ZOOM_IN.stream().anyMatch(k -> k.match(e))) zoomIn();
            else if (ZOOM_OUT.stream().anyMatch(k -> k.match(e))) zoomOut();
            else if (ZOOM_FIT.stream().anyMatch(k -> k.match(e))) zoom.setValue(PreviewZoom.FIT_PAGE);
            else return;
            e.consume();
        });
        stage.setScene(scene);
        stage.initOwner(commands.owner());
        // Closed, the preview needs no pages: the layout still running is dropped.
        stage.setOnHidden(e -> {
            if (layout != null) layout.cancel(false);
        });
        stage.titleProperty().bind(i18n.compute(() -> i18n.get("preview.title", doc.title())));

        paper.valueProperty().addListener((obs, o, n) -> relayout());
        orientation.valueProperty().addListener((obs, o, n) -> relayout());
        fontSize.valueProperty().addListener((obs, o, n) -> relayout());
        i18n.localeProperty().addListener((obs, o, n) -> {
            translateChoices();
            relayout();
        });
        zoom.valueProperty().addListener((obs, o, n) -> applyZoom());
        pageIndex.addListener((obs, o, n) -> showPage());
        scroll.viewportBoundsProperty().addListener((obs, o, n) -> applyZoom());
        relayout();
    }

    private static final List<KeyCombination> ZOOM_IN = List.of(
            new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN),
            new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN),
            new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
            new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN));
    private static final List<KeyCombination> ZOOM_OUT = List.of(
            new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN),
            new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN));
    private static final List<KeyCombination> ZOOM_FIT = List.of(
            new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN),
            new KeyCodeCombination(KeyCode.NUMPAD0, KeyCombination.SHORTCUT_DOWN));
    /** The room around the sheet in the viewport: the desk's padding and the paper's shadow on each side. */
    private static final double DESK_MARGIN = 2 * 24 + 2 * (12 + 3) + 2;

    private void zoomIn() {
        zoom.setValue(PreviewZoom.larger(sheetScale.getX()));
    }

    private void zoomOut() {
        zoom.setValue(PreviewZoom.smaller(sheetScale.getX()));
    }

    private Button button(String id, String key, String symbol) {
        Button button = new Button();
        button.setId(id);
        if (symbol != null) {
            button.setText(symbol);
            javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();
            tip.textProperty().bind(i18n.text(key));
            button.setTooltip(tip);
            button.accessibleTextProperty().bind(i18n.text(key));
        } else {
            button.textProperty().bind(i18n.text(key));
        }
        return button;
    }

    private Label label(String key, javafx.scene.Node target) {
        Label label = new Label();
        label.textProperty().bind(i18n.text(key));
        label.setLabelFor(target);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private void translateChoices() {
        paper.setConverter(converter(p -> i18n.get("paper." + p.name())));
        orientation.setConverter(converter(o -> i18n.get(o == Orientation.PORTRAIT ? "preview.portrait" : "preview.landscape")));
        fontSize.setConverter(converter(s -> i18n.get("preview.fontSizeValue", s)));
        zoom.setConverter(converter(z -> switch (z.kind()) {
            case FIT_WIDTH -> i18n.get("preview.zoom.fitWidth");
            case FIT_PAGE -> i18n.get("preview.zoom.fitPage");
            case PERCENT -> i18n.get("preview.zoom.percent", z.percent());
        }));
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException("choices are picked, not typed");
            }
        };
    }

    /**
     * Lays the pages out again for the chosen setup in a pagination job, staying near the same place in
     * the text; until the pages come back, the preview says it is laying them out.
     */
    private void relayout() {
        PageSetup setup = commands.setupProperty().get()
                .withPaper(paper.getValue()).withOrientation(orientation.getValue()).withFontSize(fontSize.getValue());
        commands.setupProperty().set(setup);
        Locale locale = i18n.locale();
        List<Annotation> annotations = withNotes.isSelected() ? commands.annotations(doc) : List.of();
        Pagination old = pagination.get();
        if (old != null) place = old.pageCount() <= 1 ? 0 : (double) pageIndex.get() / (old.pageCount() - 1);
        pagination.set(null);
        layingOut.textProperty().bind(i18n.text("preview.layingOut"));
        surface.getChildren().setAll(layingOut);
        Task<Pagination> task = new Task<>() {
            @Override
            protected Pagination call() {
                return commands.paginate(doc, setup, locale, annotations);
            }
        };
        layout = task;
        task.setOnSucceeded(e -> {
            if (layout == task) laidOut(task.getValue());
        });
        task.setOnFailed(e -> {
            if (layout != task) return;
            Throwable error = task.getException();
            layingOut.textProperty().unbind();
            layingOut.setText(i18n.get("preview.failed", String.valueOf(error.getMessage())));
        });
        commands.jobs().submit(Job.Kind.PAGINATE, i18n.text("job.paginate", doc.title()), task);
    }

    private void laidOut(Pagination laidOut) {
        pagination.set(laidOut);
        int index = (int) Math.round(place * (laidOut.pageCount() - 1));
        if (index == pageIndex.get()) showPage();
        else pageIndex.set(index);
    }

    private void showPage() {
        Pagination p = pagination.get();
        if (p == null) return;
        int index = Math.max(0, Math.min(pageIndex.get(), p.pageCount() - 1));
        var page = p.pages().get(index);
        sheet = PageNodes.sheet(page);
        sheet.getStyleClass().add("preview-sheet");
        sheet.setId("preview-sheet");
        // Text nodes scaled by a transform are drawn at the scale, from the font's outlines: crisp at any zoom.
        sheet.getTransforms().setAll(sheetScale);
        applyZoom();
        surface.getChildren().setAll(new Group(sheet));
        scroll.setVvalue(scroll.getVmin());
    }

    /** Scales the sheet shown for the zoom chosen and the viewport's room; the pages are not laid out again. */
    private void applyZoom() {
        Pagination p = pagination.get();
        if (p == null || sheet == null || zoom.getValue() == null) return;
        var page = p.pages().get(Math.max(0, Math.min(pageIndex.get(), p.pageCount() - 1)));
        double width = Math.max(100, scroll.getViewportBounds().getWidth() - DESK_MARGIN);
        double height = Math.max(100, scroll.getViewportBounds().getHeight() - DESK_MARGIN);
        double scale = zoom.getValue().scale(page.width(), page.height(), width, height);
        sheetScale.setX(scale);
        sheetScale.setY(scale);
    }

    /** The zoom chosen. */
    public ComboBox<PreviewZoom> zoomChoice() {
        return zoom;
    }

    /** Whether the reader's highlights and notes are previewed, printed and exported. */
    public CheckBox withNotesChoice() {
        return withNotes;
    }

    /** The scale of the page shown, pixels per point. */
    public double sheetScale() {
        return sheetScale.getX();
    }

    /** The page's node, scaled, as shown (null while laid out). */
    public Group sheet() {
        return sheet;
    }

    public ScrollPane scroll() {
        return scroll;
    }

    /** The pages shown; null while they are being laid out. */
    public Pagination pagination() {
        return pagination.get();
    }

    /** The page shown, from 0. */
    public IntegerProperty pageIndexProperty() {
        return pageIndex;
    }

    public ComboBox<PaperSize> paperChoice() {
        return paper;
    }

    public ComboBox<Orientation> orientationChoice() {
        return orientation;
    }

    public ComboBox<Double> fontSizeChoice() {
        return fontSize;
    }

    public Stage stage() {
        return stage;
    }

    void show() {
        stage.show();
        stage.toFront();
    }

    void close() {
        stage.close();
    }
}
