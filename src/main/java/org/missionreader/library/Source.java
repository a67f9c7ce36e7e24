package org.missionreader.library;

/** Where a fact or a text comes from: a name a reader can cite and, when there is one, its address. */
public record Source(String name, String url) {
}
