package org.missionreader.ui.timeline;

/**
 * Where the skin puts an event or a cluster: its box in the items layer, and, in the box's own x, the
 * stretch its marker takes and the one its label may take (none when that one's width is zero or less).
 */
record ItemPlace(Box box, Stretch marker, Stretch label) {

    /** A node's bounds in its parent. */
    record Box(double x, double y, double width, double height) {
    }

    /** A stretch of x: where it starts and how wide it is. */
    record Stretch(double x, double width) {

        static final Stretch NONE = new Stretch(0, 0);

        double end() {
            return x + width;
        }
    }
}
