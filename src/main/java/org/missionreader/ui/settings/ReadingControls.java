package org.missionreader.ui.settings;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.missionreader.settings.ReadingSettings;
import org.missionreader.ui.application.I18n;
import org.missionreader.ui.application.Command;
import org.missionreader.ui.application.Commands;

/**
 * The reading settings of the window (text size, typeface, line width, theme): the View menu's items, the
 * keys (Ctrl+plus or Ctrl+equals, Ctrl+minus, Ctrl+0), and their stylesheets on the scene.
 */
public final class ReadingControls {

    public static final KeyCombination LARGER = new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination SMALLER = new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination RESET = new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN);
    /** The same commands on the keys a keyboard may have instead: = (unshifted +) and the keypad. */
    private static final List<KeyCombination> ALSO_LARGER = List.of(
            new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN),
            new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
            new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN));
    private static final List<KeyCombination> ALSO_SMALLER = List.of(
            new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN));
    private static final List<KeyCombination> ALSO_RESET = List.of(
            new KeyCodeCombination(KeyCode.NUMPAD0, KeyCombination.SHORTCUT_DOWN));

    private final I18n i18n;
    private final ObjectProperty<ReadingSettings> settings = new SimpleObjectProperty<>(ReadingSettings.defaults());
    private Scene scene;
    private String appliedReading;
    private String appliedTheme;

    public ReadingControls(I18n i18n) {
        this.i18n = i18n;
        settings.addListener((obs, old, now) -> apply());
    }

    public ObjectProperty<ReadingSettings> settingsProperty() {
        return settings;
    }

    public ReadingSettings settings() {
        return settings.get();
    }

    /** Puts the settings' stylesheets and keys on a scene (after app.css, so they win). */
    public void install(Scene scene) {
        this.scene = scene;
        ALSO_LARGER.forEach(k -> scene.getAccelerators().put(k, this::larger));
        ALSO_SMALLER.forEach(k -> scene.getAccelerators().put(k, this::smaller));
        ALSO_RESET.forEach(k -> scene.getAccelerators().put(k, this::reset));
        apply();
    }

    public void larger() {
        settings.set(settings.get().larger());
    }

    public void smaller() {
        settings.set(settings.get().smaller());
    }

    public void reset() {
        settings.set(settings.get().withFontSize(ReadingSettings.DEFAULT_SIZE));
    }

    private void apply() {
        if (scene == null) return;
        List<String> sheets = scene.getStylesheets();
        if (appliedTheme != null) sheets.remove(appliedTheme);
        if (appliedReading != null) sheets.remove(appliedReading);
        appliedTheme = themeStylesheet(settings.get().theme());
        if (appliedTheme != null) sheets.add(appliedTheme);
        appliedReading = ReadingStylesheet.uri(settings.get());
        sheets.add(appliedReading);
    }

    /** The stylesheet of a theme, laid over app.css; none for the light theme, which is app.css's own. */
    public static String themeStylesheet(ReadingSettings.Theme theme) {
        return switch (theme) {
            case LIGHT -> null;
            case DARK -> ReadingControls.class.getResource("/org/missionreader/ui/theme-dark.css").toExternalForm();
            case CONTRAST -> ReadingControls.class.getResource("/org/missionreader/ui/theme-contrast.css").toExternalForm();
        };
    }

    /** The View menu's commands: text size, typeface, line width and theme. */
    public void addCommands(Commands commands) {
        commands.add(Command.of("view-larger", Command.Menu.VIEW, "menu.view.larger", LARGER, this::larger).inSection("size"));
        commands.add(Command.of("view-smaller", Command.Menu.VIEW, "menu.view.smaller", SMALLER, this::smaller).inSection("size"));
        commands.add(Command.of("view-resetSize", Command.Menu.VIEW, "menu.view.resetSize", RESET, this::reset).inSection("size"));
        choices(commands, ReadingSettings.Typeface.values(), "menu.view.typeface.", null,
                ReadingSettings::typeface, (s, v) -> s.withTypeface(v));
        choices(commands, ReadingSettings.LineWidth.values(), "menu.view.lineWidth.", "menu.view.lineWidth",
                ReadingSettings::lineWidth, (s, v) -> s.withLineWidth(v));
        choices(commands, ReadingSettings.Theme.values(), "menu.view.theme.", "menu.view.theme",
                ReadingSettings::theme, (s, v) -> s.withTheme(v));
        // A switch (a check item): it shows whether the numbers are shown, and choosing it turns them on or off.
        // Before the text size: nothing stands under the Theme submenu, which a pointer reaches diagonally.
        commands.addBefore("view-larger", Command.of("view-paragraphNumbers", Command.Menu.VIEW, "menu.view.paragraphNumbers", null,
                this::toggleParagraphNumbers).inSection("paragraphs")
                .switchedWhen(javafx.beans.binding.Bindings.createBooleanBinding(
                        () -> settings.get().paragraphNumbers(), settings)));
    }

    /** Shows the paragraph numbers if they are hidden, hides them if they are shown. */
    public void toggleParagraphNumbers() {
        settings.set(settings.get().withParagraphNumbers(!settings.get().paragraphNumbers()));
    }

    /** One command per value of a setting, chosen while the settings have that value. */
    private <E extends Enum<E>> void choices(Commands commands, E[] values, String keyPrefix, String submenu,
            java.util.function.Function<ReadingSettings, E> getter,
            java.util.function.BiFunction<ReadingSettings, E, ReadingSettings> setter) {
        for (E value : values) {
            String key = keyPrefix + value.name().toLowerCase(Locale.ROOT);
            Command choice = Command.of(key.substring("menu.".length()).replace('.', '-'), Command.Menu.VIEW, key, null,
                    () -> settings.set(setter.apply(settings.get(), value)))
                    .inSection(submenu == null ? keyPrefix : "settings")
                    .selectedWhen(javafx.beans.binding.Bindings.createBooleanBinding(
                            () -> getter.apply(settings.get()) == value, settings));
            commands.add(submenu == null ? choice : choice.inSubmenu(submenu));
        }
    }
}
