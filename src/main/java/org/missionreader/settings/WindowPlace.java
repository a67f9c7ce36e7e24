package org.missionreader.settings;

/** Where the window was and how large, in screen coordinates. */
public record WindowPlace(double x, double y, double width, double height, boolean maximized) {
}
