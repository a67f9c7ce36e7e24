package org.missionreader.library;

/** Who delivered a statement, and in what capacity (role may be null). */
public record Speaker(String name, String role) {
}
