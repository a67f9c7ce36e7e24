/** The start-up floor: the least a JavaFX window costs on this machine, for bench/startup.sh. */
module org.missionreader.floor {
    requires javafx.controls;
    exports org.missionreader.floor to javafx.graphics;
}
