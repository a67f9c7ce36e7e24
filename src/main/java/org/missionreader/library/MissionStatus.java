package org.missionreader.library;

/** Whether a mission was still deployed when its status was last checked. */
public enum MissionStatus {
    ONGOING("ongoing"), CLOSED("closed");

    private final String jsonName;

    MissionStatus(String jsonName) {
        this.jsonName = jsonName;
    }

    public String jsonName() {
        return jsonName;
    }

    public static MissionStatus fromJson(String name) {
        for (MissionStatus s : values()) {
            if (s.jsonName.equals(name)) return s;
        }
        return null;
    }
}
