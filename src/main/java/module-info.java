/** Mission Reader: an offline reader of UN peacekeeping mission records. */
module org.missionreader {
    requires javafx.controls;
    requires org.controlsfx.controls;
    requires com.fasterxml.jackson.core;

    exports org.missionreader.app to javafx.graphics;
}
