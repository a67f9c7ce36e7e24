package org.missionreader.ui;

import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.binding.StringExpression;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.controlsfx.control.SegmentedButton;
import org.missionreader.i18n.Messages;
import org.missionreader.ui.application.I18n;
import org.missionreader.ui.application.ReaderModel;
import org.missionreader.ui.application.Services;

/**
 * The toolbar under the menus: the title, the search field, the running jobs, the problems button and the
 * language switch; at narrow widths it gives up words step by step rather than cut any.
 */
final class WindowToolbar {

    private final Services services;
    private final ReaderModel model;
    private final I18n i18n;
    private final TextField searchField;

    private WindowToolbar(Services services, TextField searchField) {
        this.services = services;
        this.model = services.model();
        this.i18n = services.i18n();
        this.searchField = searchField;
    }

    /**
     * The toolbar of a window and its search field; its buttons run the registry's commands (the problems
     * panel, each language), the ones the menus run.
     */
    static Parent create(Services services, TextField searchField) {
        return new WindowToolbar(services, searchField).toolbar();
    }

    private Parent toolbar() {
        Button problems = new Button();
        problems.setId("problems-button");
        problems.getStyleClass().add("problems-button");
        StringBinding problemsText = i18n.compute(() -> i18n.get("problems.button", model.problems().size()), model.problems());
        StringBinding problemsShort = i18n.compute(() -> i18n.get("problems.short", model.problems().size()), model.problems());
        problems.visibleProperty().bind(Bindings.isNotEmpty(model.problems()));
        problems.managedProperty().bind(problems.visibleProperty());
        problems.setOnAction(e -> services.commands().get("problems").execute());

        ToggleButton french = languageButton(Locale.FRENCH);
        ToggleButton english = languageButton(Locale.ENGLISH);
        SegmentedButton language = new SegmentedButton(french, english);
        language.setId("language-switch");
        language.getToggleGroup().selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one language is always chosen
            } else {
                services.commands().get("language-" + ((Locale) now.getUserData()).getLanguage()).execute();
            }
        });
        (i18n.locale().equals(Locale.FRENCH) ? french : english).setSelected(true);
        // The language chosen elsewhere (View > a language) shows here too.
        i18n.localeProperty().addListener((obs, old, now) -> {
            ToggleButton chosen = now.getLanguage().equals(Locale.FRENCH.getLanguage()) ? french : english;
            if (!chosen.isSelected()) chosen.setSelected(true);
        });
        Label languageLabel = new Label();
        languageLabel.textProperty().bind(i18n.text("toolbar.language"));
        languageLabel.setLabelFor(language);

        // In focus mode, a visible way back besides the shortcut and the View menu.
        Button leaveFocus = new Button();
        leaveFocus.setId("leave-focus-button");
        leaveFocus.getStyleClass().add("leave-focus-button");
        leaveFocus.textProperty().bind(i18n.text("toolbar.leaveFocus"));
        leaveFocus.setMinWidth(Region.USE_PREF_SIZE);
        services.commands().find("focus-mode").ifPresentOrElse(focus -> {
            leaveFocus.visibleProperty().bind(focus.selected());
            leaveFocus.setOnAction(e -> focus.execute());
        }, () -> leaveFocus.setVisible(false));
        leaveFocus.managedProperty().bind(leaveFocus.visibleProperty());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        // At the window's narrowest the search field keeps room for its hint's first words.
        searchField.setMinWidth(140);
        JobsButton jobs = new JobsButton(services.jobs(), i18n);
        ToolbarBand band = toolbarBand(searchField, leaveFocus, spacer, jobs, problems, languageLabel, language);
        // Too narrow for every word: first the "Language" label goes (the switch says what it is), then the
        // problems button and the languages take short names, then the title goes (the title bar has it).
        band.shortenWhenNarrow(List.of(
                ToolbarBand.hide(languageLabel),
                ToolbarBand.shortText(List.of(problems), List.of(problemsText), List.of(problemsShort)),
                ToolbarBand.shortText(List.of(french, english), List.of(languageName(Locale.FRENCH, "language.name"),
                        languageName(Locale.ENGLISH, "language.name")), List.of(languageName(Locale.FRENCH, "language.short"),
                        languageName(Locale.ENGLISH, "language.short"))),
                ToolbarBand.hide(band.title())));
        return band;
    }

    /** The toolbar's band: the title, then the given controls. */
    static ToolbarBand toolbarBand(Node... controls) {
        ToolbarBand bar = new ToolbarBand(I18n.APP_NAME);
        bar.getChildren().addAll(controls);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private static ToggleButton languageButton(Locale locale) {
        ToggleButton button = new ToggleButton();
        button.setUserData(locale);
        button.setId("language-" + locale.getLanguage());
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }

    /** A language's name (or short name) in that language itself, whatever the window's language. */
    private static StringExpression languageName(Locale locale, String key) {
        return new ReadOnlyStringWrapper(Messages.get(locale, key));
    }

}
