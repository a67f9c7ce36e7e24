#!/usr/bin/env python3
"""Starts a command and watches the X display for its window, from inside one process (Xlib through
ctypes, no tool started per look): prints the seconds from the start to the moment a top-level window
titled TITLE exists, and to the moment it shows a drawn frame, then the command's process id.

A window exists before anything is drawn in it: the system maps it blank (white here) and the toolkit
draws its first frame into it a moment later. "Drawn" is the first look at which the window's top-left
strip (where the reader has its menu bar, and the floor its background), as far as it is on the screen,
holds a pixel that is not white.

With --shows RRGGBB@X,Y,WxH it also waits for that colour to show in that rectangle of the window (in
the window's coordinates): bench/startup.sh gives the blue of the selected MINUSMA row in the mission
list, to time the library on screen.

Usage: firstframe.py [--shows RRGGBB@X,Y,WxH] TITLE TIMEOUT_SECONDS COMMAND [ARG...]
Prints: WINDOW_SECONDS DRAWN_SECONDS SHOWS_SECONDS PID  ("-" for a time not reached within the timeout,
or not asked for).
The command runs in a session of its own and is left running: the caller measures and stops it.
"""
import ctypes
import ctypes.util
import os
import subprocess
import sys
import time

POLL = 0.002
STRIP_W, STRIP_H = 240, 24
# What a window holds before its toolkit draws in it, here (GTK 3 on Xvfb, no window manager): white.
BLANK = 0xFFFFFF

x11 = ctypes.cdll.LoadLibrary(ctypes.util.find_library("X11") or "libX11.so.6")
Window = ctypes.c_ulong
x11.XOpenDisplay.restype = ctypes.c_void_p
x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
x11.XDefaultRootWindow.restype = Window
x11.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
x11.XQueryTree.argtypes = [ctypes.c_void_p, Window, ctypes.POINTER(Window), ctypes.POINTER(Window),
                           ctypes.POINTER(ctypes.POINTER(Window)), ctypes.POINTER(ctypes.c_uint)]
x11.XFetchName.argtypes = [ctypes.c_void_p, Window, ctypes.POINTER(ctypes.c_char_p)]
x11.XFree.argtypes = [ctypes.c_void_p]
x11.XGetImage.restype = ctypes.c_void_p
x11.XGetImage.argtypes = [ctypes.c_void_p, Window, ctypes.c_int, ctypes.c_int, ctypes.c_uint, ctypes.c_uint,
                          ctypes.c_ulong, ctypes.c_int]
x11.XGetPixel.restype = ctypes.c_ulong
x11.XGetPixel.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_int]
x11.XDestroyImage.argtypes = [ctypes.c_void_p]
x11.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
x11.XTranslateCoordinates.argtypes = [ctypes.c_void_p, Window, Window, ctypes.c_int, ctypes.c_int,
                                      ctypes.POINTER(ctypes.c_int), ctypes.POINTER(ctypes.c_int),
                                      ctypes.POINTER(Window)]
x11.XDisplayWidth.argtypes = [ctypes.c_void_p, ctypes.c_int]
x11.XDisplayHeight.argtypes = [ctypes.c_void_p, ctypes.c_int]
ALL_PLANES = 0xFFFFFFFF
Z_PIXMAP = 2

# A window that goes away, or is not yet viewable, makes a request fail: that is only "not yet" here,
# whereas Xlib's default handler would end the process.
ERROR_HANDLER = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)(lambda display, event: 0)
x11.XSetErrorHandler(ERROR_HANDLER)


def titled(display, root, title):
    """The top-level window (a child of the root) with that title, or None."""
    parent, root_return = Window(), Window()
    children = ctypes.POINTER(Window)()
    count = ctypes.c_uint()
    if not x11.XQueryTree(display, root, ctypes.byref(root_return), ctypes.byref(parent),
                          ctypes.byref(children), ctypes.byref(count)):
        return None
    found = None
    try:
        for i in range(count.value):
            name = ctypes.c_char_p()
            if x11.XFetchName(display, children[i], ctypes.byref(name)) and name.value is not None:
                same = name.value.decode("utf-8", "replace") == title
                x11.XFree(name)
                if same:
                    found = children[i]
                    break
    finally:
        if children:
            x11.XFree(children)
    return found


def region(display, root, window, left, top, width, height):
    """The pixels (0xRRGGBB, every other row and column) of a rectangle of the window, in the window's
    coordinates, as the screen shows it: the part of it on the screen (a window larger than the screen
    may start above it). None while the window is not mapped and viewable, or the part is empty."""
    x, y, child = ctypes.c_int(), ctypes.c_int(), Window()
    if not x11.XTranslateCoordinates(display, window, root, 0, 0, ctypes.byref(x), ctypes.byref(y),
                                     ctypes.byref(child)):
        return None
    screen_left, screen_top = max(x.value + left, 0), max(y.value + top, 0)
    width = min(x.value + left + width, x11.XDisplayWidth(display, 0)) - screen_left
    height = min(y.value + top + height, x11.XDisplayHeight(display, 0)) - screen_top
    if width <= 0 or height <= 0:
        return None
    # Read from the window itself: that fails (no image) until it is mapped and viewable.
    image = x11.XGetImage(display, window, screen_left - x.value, screen_top - y.value, width, height,
                          ALL_PLANES, Z_PIXMAP)
    x11.XSync(display, 0)
    if not image:
        return None
    try:
        return {x11.XGetPixel(image, column, row) & 0xFFFFFF
                for row in range(0, height, 2) for column in range(0, width, 2)}
    finally:
        x11.XDestroyImage(image)


def main():
    args = sys.argv[1:]
    probe = None
    if args and args[0] == "--shows":
        colour, place = args[1].split("@")
        left, top, size = place.split(",")
        width, height = size.split("x")
        probe = (int(colour, 16), int(left), int(top), int(width), int(height))
        args = args[2:]
    title, limit, command = args[0], float(args[1]), args[2:]
    display = x11.XOpenDisplay(None)
    if not display:
        sys.exit("firstframe.py: cannot open the display " + os.environ.get("DISPLAY", "(DISPLAY unset)"))
    root = x11.XDefaultRootWindow(display)
    start = time.monotonic()
    process = subprocess.Popen(command, start_new_session=True,
                               stdout=subprocess.DEVNULL, stderr=sys.stderr)
    window_at = drawn_at = shows_at = None
    window = None
    while time.monotonic() - start < limit and process.poll() is None:
        if window is None:
            window = titled(display, root, title)
            if window is not None:
                window_at = time.monotonic() - start
        if window is not None and drawn_at is None:
            strip = region(display, root, window, 0, 0, STRIP_W, STRIP_H)
            if strip and strip != {BLANK}:
                drawn_at = time.monotonic() - start
        if window is not None and probe is not None and shows_at is None:
            pixels = region(display, root, window, *probe[1:])
            if pixels and probe[0] in pixels:
                shows_at = time.monotonic() - start
        if drawn_at is not None and (probe is None or shows_at is not None):
            break
        time.sleep(POLL)
    show = lambda t: "-" if t is None else "%.3f" % t
    print(show(window_at), show(drawn_at), show(shows_at), process.pid, flush=True)


if __name__ == "__main__":
    main()
