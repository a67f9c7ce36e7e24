package org.missionreader.ui.application;

import java.util.Locale;
import java.util.concurrent.Callable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.Observable;
import org.missionreader.i18n.Messages;

/** The UI's language, switchable at run time; every visible string is a binding that follows it. */
public final class I18n {

    /** The application's name, the same in every language. */
    public static final String APP_NAME = "Mission Reader";

    private final ObjectProperty<Locale> locale;

    public I18n(Locale initial) {
        locale = new SimpleObjectProperty<>(Messages.supported(initial));
    }

    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    public Locale locale() {
        return locale.get();
    }

    /** The translated string now. */
    public String get(String key, Object... args) {
        return Messages.get(locale.get(), key, args);
    }

    /** A string that re-translates itself when the language changes. */
    public StringBinding text(String key, Object... args) {
        return Bindings.createStringBinding(() -> get(key, args), locale);
    }

    /** A computed string that re-computes when the language or any of the given values changes. */
    public StringBinding compute(Callable<String> text, Observable... also) {
        Observable[] deps = new Observable[also.length + 1];
        deps[0] = locale;
        System.arraycopy(also, 0, deps, 1, also.length);
        return Bindings.createStringBinding(text, deps);
    }
}
