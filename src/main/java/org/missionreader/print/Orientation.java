package org.missionreader.print;

/** Which way the paper is turned. */
public enum Orientation { PORTRAIT, LANDSCAPE }
