package org.missionreader.settings;

import java.util.List;

/**
 * Where the window opens: on a first start, a comfortable share of the screen's usable area (its visual
 * bounds: the screen less panels and docks), centred; on later starts, the remembered place, brought back
 * onto a screen present now and made no larger than it. Pure arithmetic over rectangles, so that the rule
 * is tested without a display.
 */
public final class WindowFit {

    /** The share of the usable area's width and height a first window takes. */
    static final double SHARE = 0.9;
    /** Past this size a larger window only adds margins around the reading column. */
    static final double MAX_FIRST_WIDTH = 1600;
    static final double MAX_FIRST_HEIGHT = 1000;
    /** How much of a remembered window must lie on a screen for it to be found there: a title bar's grip. */
    static final double GRIP = 64;

    /** A rectangle in screen coordinates. */
    public record Area(double x, double y, double width, double height) {
        double right() {
            return x + width;
        }

        double bottom() {
            return y + height;
        }

        /** The area this one shares with another; zero-sized when they do not meet. */
        double overlap(Area other) {
            double w = Math.min(right(), other.right()) - Math.max(x, other.x);
            double h = Math.min(bottom(), other.bottom()) - Math.max(y, other.y);
            return w > 0 && h > 0 ? w * h : 0;
        }

        /** Whether the window's top edge lies on this area, a grip's width of it: its title bar can be taken. */
        boolean holdsTitleBar(Area window) {
            double w = Math.min(right(), window.right()) - Math.max(x, window.x);
            return window.y >= y && window.y < bottom() && w >= Math.min(GRIP, window.width);
        }

        boolean holdsGrip(Area window) {
            double w = Math.min(right(), window.right()) - Math.max(x, window.x);
            double h = Math.min(bottom(), window.bottom()) - Math.max(y, window.y);
            return w >= Math.min(GRIP, window.width) && h >= Math.min(GRIP / 2, window.height);
        }
    }

    private final List<Area> screens;
    private final double minWidth;
    private final double minHeight;

    /**
     * @param screens the usable areas of the screens present, the primary one first
     * @param minWidth the window's minimum width (a screen smaller than that still gets a window that fits)
     */
    public WindowFit(List<Area> screens, double minWidth, double minHeight) {
        if (screens.isEmpty()) throw new IllegalArgumentException("no screen");
        this.screens = List.copyOf(screens);
        this.minWidth = minWidth;
        this.minHeight = minHeight;
    }

    /** The place a first start takes: a share of the primary screen, centred on it. */
    public WindowPlace first() {
        Area screen = screens.get(0);
        double width = fitted(Math.min(MAX_FIRST_WIDTH, Math.round(screen.width() * SHARE)), minWidth, screen.width());
        double height = fitted(Math.min(MAX_FIRST_HEIGHT, Math.round(screen.height() * SHARE)), minHeight, screen.height());
        return centred(screen, width, height, false);
    }

    /**
     * The remembered place as it can be used now: on the screen it mostly lay on, wholly inside it and no
     * larger; on the primary screen, centred, when it lies on no screen present; the first start's place
     * when nothing usable was remembered (no place, a size that is not a number). Dividers are kept.
     */
    public WindowPlace restore(WindowPlace remembered) {
        if (remembered == null || !finite(remembered.x(), remembered.y(), remembered.width(), remembered.height())
                || remembered.width() <= 0 || remembered.height() <= 0) {
            return keepDividers(first(), remembered);
        }
        Area window = new Area(remembered.x(), remembered.y(), remembered.width(), remembered.height());
        Area screen = null;
        double best = 0;
        for (Area candidate : screens) {
            double shared = candidate.overlap(window);
            if (shared > best && candidate.holdsGrip(window)) {
                best = shared;
                screen = candidate;
            }
        }
        double width = fitted(window.width(), minWidth, (screen == null ? screens.get(0) : screen).width());
        double height = fitted(window.height(), minHeight, (screen == null ? screens.get(0) : screen).height());
        WindowPlace place;
        if (screen == null) {
            place = centred(screens.get(0), width, height, remembered.maximized());
        } else {
            double x = clamp(window.x(), screen.x(), screen.right() - width);
            double y = clamp(window.y(), screen.y(), screen.bottom() - height);
            place = new WindowPlace(x, y, width, height, remembered.maximized());
        }
        return keepDividers(place, remembered);
    }

    /**
     * Whether a window at this place has its title bar on one of the screens, where the reader can take hold of it
     * to move it (a window manager may put a window elsewhere than asked: see ui.HeldPlace).
     */
    public boolean titleBarOnScreen(double x, double y, double width) {
        Area window = new Area(x, y, width, 1);
        return screens.stream().anyMatch(screen -> screen.holdsTitleBar(window));
    }

    private static WindowPlace keepDividers(WindowPlace place, WindowPlace remembered) {
        if (remembered == null) return place;
        return place.withDividers(remembered.sidebarDivider(), remembered.documentsDivider(), remembered.timelineDivider());
    }

    private static WindowPlace centred(Area screen, double width, double height, boolean maximized) {
        return new WindowPlace(Math.round(screen.x() + (screen.width() - width) / 2),
                Math.round(screen.y() + (screen.height() - height) / 2), width, height, maximized);
    }

    /** A length kept at least the minimum where the screen has room for it, and never past the screen. */
    private static double fitted(double length, double min, double screen) {
        return Math.min(Math.max(length, min), screen);
    }

    private static double clamp(double value, double low, double high) {
        return Math.max(low, Math.min(value, high));
    }

    private static boolean finite(double... values) {
        for (double v : values) {
            if (!Double.isFinite(v)) return false;
        }
        return true;
    }
}
