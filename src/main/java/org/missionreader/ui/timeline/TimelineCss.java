package org.missionreader.ui.timeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.css.converter.SizeConverter;
import javafx.scene.control.Control;

/** The timeline's own CSS properties: {@code -timeline-lane-height} and {@code -timeline-marker-size}. */
final class TimelineCss {

    static final CssMetaData<TimelineView, Number> LANE_HEIGHT =
            new CssMetaData<>("-timeline-lane-height", SizeConverter.getInstance(), 22.0) {
                @Override
                public boolean isSettable(TimelineView view) {
                    return !view.laneHeightProperty().isBound();
                }

                @Override
                @SuppressWarnings("unchecked")
                public StyleableProperty<Number> getStyleableProperty(TimelineView view) {
                    return (StyleableProperty<Number>) view.laneHeightProperty();
                }
            };

    static final CssMetaData<TimelineView, Number> MARKER_SIZE =
            new CssMetaData<>("-timeline-marker-size", SizeConverter.getInstance(), 12.0) {
                @Override
                public boolean isSettable(TimelineView view) {
                    return !view.markerSizeProperty().isBound();
                }

                @Override
                @SuppressWarnings("unchecked")
                public StyleableProperty<Number> getStyleableProperty(TimelineView view) {
                    return (StyleableProperty<Number>) view.markerSizeProperty();
                }
            };

    static final List<CssMetaData<? extends Styleable, ?>> ALL;

    static {
        List<CssMetaData<? extends Styleable, ?>> list = new ArrayList<>(Control.getClassCssMetaData());
        list.add(LANE_HEIGHT);
        list.add(MARKER_SIZE);
        ALL = Collections.unmodifiableList(list);
    }

    private TimelineCss() {
    }
}
