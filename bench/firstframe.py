#!/usr/bin/env python3
"""Starts a command and watches the X display for its window, from inside one process (Xlib through
ctypes, no tool started per look): prints the seconds from the start to the moment a top-level window
titled TITLE exists, and to the moment it shows a drawn frame, then the command's process id.

TITLE "*" takes instead the first top-level window that appears after the start, is viewable and at
least 200x200: a program whose window title is not known beforehand (Evince names it after the file).

A window exists before anything is drawn in it: the system maps it blank (white here) and the toolkit
draws its first frame into it a moment later. "Drawn" is the first look at which the window's top-left
strip (where the reader has its menu bar, and the floor its background), as far as it is on the screen,
holds a pixel that is not white.

With --shows RRGGBB@X,Y,WxH it also waits for that colour to show in that rectangle of the window (in
the window's coordinates): bench/startup.sh gives the blue of the selected MINUSMA row in the mission
list, to time the library on screen.

With --settled QUIET it also watches the whole window until its pixels have not changed for QUIET
seconds, and gives the time of the last change: the window "settled", everything the start puts in it
drawn (a spinner, a list filled late, a pane laid out again, all count as changes).

With --band TOP,BOTTOM (after --settled) it also gives the time the band of the window between those
fractions of its height settled (its last change before QUIET seconds without one): bench/vs-evince.sh gives
the band below the toolbar and above the timeline, where the mission list, the documents and the reader are,
to time the window "usable" while the timeline may still be drawn and the toolbar list the jobs still running.

With --frames DIR (after --settled and --band) it also writes each changed picture of the window to DIR as
NNNN-SECONDS.png and prints each change's time on standard error: what the start draws, and when.

Usage: firstframe.py [--shows RRGGBB@X,Y,WxH] [--settled QUIET [--band TOP,BOTTOM] [--frames DIR]] TITLE TIMEOUT_SECONDS COMMAND [ARG...]
Prints: WINDOW_SECONDS DRAWN_SECONDS SHOWS_SECONDS [SETTLED_SECONDS [BAND_SETTLED_SECONDS]] PID  ("-" for a time
not reached within the timeout, or not asked for; SETTLED only with --settled, BAND_SETTLED only with --band).
The command runs in a session of its own and is left running: the caller measures and stops it.
"""
import ctypes
import ctypes.util
import os
import subprocess
import sys
import struct
import time
import zlib

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


class XWindowAttributes(ctypes.Structure):
    _fields_ = [("x", ctypes.c_int), ("y", ctypes.c_int), ("width", ctypes.c_int), ("height", ctypes.c_int),
                ("border_width", ctypes.c_int), ("depth", ctypes.c_int), ("visual", ctypes.c_void_p),
                ("root", Window), ("c_class", ctypes.c_int), ("bit_gravity", ctypes.c_int),
                ("win_gravity", ctypes.c_int), ("backing_store", ctypes.c_int),
                ("backing_planes", ctypes.c_ulong), ("backing_pixel", ctypes.c_ulong),
                ("save_under", ctypes.c_int), ("colormap", ctypes.c_ulong), ("map_installed", ctypes.c_int),
                ("map_state", ctypes.c_int), ("all_event_masks", ctypes.c_long),
                ("your_event_mask", ctypes.c_long), ("do_not_propagate_mask", ctypes.c_long),
                ("override_redirect", ctypes.c_int), ("screen", ctypes.c_void_p)]


class XImage(ctypes.Structure):
    # The leading fields of Xlib's XImage, as far as bytes_per_line: enough to read its pixels at once.
    _fields_ = [("width", ctypes.c_int), ("height", ctypes.c_int), ("xoffset", ctypes.c_int),
                ("format", ctypes.c_int), ("data", ctypes.c_void_p), ("byte_order", ctypes.c_int),
                ("bitmap_unit", ctypes.c_int), ("bitmap_bit_order", ctypes.c_int),
                ("bitmap_pad", ctypes.c_int), ("depth", ctypes.c_int), ("bytes_per_line", ctypes.c_int)]


x11.XGetWindowAttributes.argtypes = [ctypes.c_void_p, Window, ctypes.POINTER(XWindowAttributes)]
IS_VIEWABLE = 2
ALL_PLANES = 0xFFFFFFFF
Z_PIXMAP = 2

# A window that goes away, or is not yet viewable, makes a request fail: that is only "not yet" here,
# whereas Xlib's default handler would end the process.
ERROR_HANDLER = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)(lambda display, event: 0)
x11.XSetErrorHandler(ERROR_HANDLER)


def titled(display, root, title):
    """The top-level window (a child of the root) with that title, or None."""
    for window in top_level(display, root):
        name = ctypes.c_char_p()
        if x11.XFetchName(display, window, ctypes.byref(name)) and name.value is not None:
            same = name.value.decode("utf-8", "replace") == title
            x11.XFree(name)
            if same:
                return window
    return None


def top_level(display, root):
    """The root's children (the top-level windows, with no window manager)."""
    parent, root_return = Window(), Window()
    children = ctypes.POINTER(Window)()
    count = ctypes.c_uint()
    if not x11.XQueryTree(display, root, ctypes.byref(root_return), ctypes.byref(parent),
                          ctypes.byref(children), ctypes.byref(count)):
        return []
    try:
        return [children[i] for i in range(count.value)]
    finally:
        if children:
            x11.XFree(children)


def newly_shown(display, root, before):
    """A top-level window not among BEFORE that is viewable and at least 200x200, or None."""
    for window in top_level(display, root):
        if window in before:
            continue
        attributes = XWindowAttributes()
        if (x11.XGetWindowAttributes(display, window, ctypes.byref(attributes))
                and attributes.map_state == IS_VIEWABLE and attributes.width >= 200 and attributes.height >= 200):
            return window
    return None


def write_png(path, width, height, stride, pixels):
    """Writes 32-bit BGRX pixels (as Xvfb's 24-bit screen holds them) as an RGB PNG."""
    rows = bytearray()
    for y in range(height):
        row = pixels[y * stride:y * stride + width * 4]
        rgb = bytearray(width * 3)
        rgb[0::3], rgb[1::3], rgb[2::3] = row[2::4], row[1::4], row[0::4]
        rows += b"\0" + rgb
    chunk = lambda kind, data: (struct.pack(">I", len(data)) + kind + data
                                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    with open(path, "wb") as out:
        out.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
                  + chunk(b"IDAT", zlib.compress(bytes(rows), 1)) + chunk(b"IEND", b""))


def whole(display, window, size=None):
    """The whole window's pixels as bytes (as the X server holds them), or None while it cannot be read.
    SIZE, a list, receives the width, height and bytes per line."""
    attributes = XWindowAttributes()
    if not x11.XGetWindowAttributes(display, window, ctypes.byref(attributes)) or attributes.map_state != IS_VIEWABLE:
        return None
    image = x11.XGetImage(display, window, 0, 0, attributes.width, attributes.height, ALL_PLANES, Z_PIXMAP)
    x11.XSync(display, 0)
    if not image:
        return None
    try:
        fields = ctypes.cast(image, ctypes.POINTER(XImage)).contents
        if size is not None:
            size[:] = [fields.width, fields.height, fields.bytes_per_line]
        return ctypes.string_at(fields.data, fields.bytes_per_line * fields.height)
    finally:
        x11.XDestroyImage(image)


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
    quiet = None
    if args and args[0] == "--settled":
        quiet = float(args[1])
        args = args[2:]
    band = None
    if quiet is not None and args and args[0] == "--band":
        band = tuple(float(f) for f in args[1].split(","))
        args = args[2:]
    frames = None
    if quiet is not None and args and args[0] == "--frames":
        frames = args[1]
        os.makedirs(frames, exist_ok=True)
        args = args[2:]
    title, limit, command = args[0], float(args[1]), args[2:]
    display = x11.XOpenDisplay(None)
    if not display:
        sys.exit("firstframe.py: cannot open the display " + os.environ.get("DISPLAY", "(DISPLAY unset)"))
    root = x11.XDefaultRootWindow(display)
    before = set(top_level(display, root)) if title == "*" else None
    start = time.monotonic()
    process = subprocess.Popen(command, start_new_session=True,
                               stdout=subprocess.DEVNULL, stderr=sys.stderr)
    window_at = drawn_at = shows_at = settled_at = None
    window = None
    last_pixels = last_change = None
    band_pixels = band_change = band_at = None
    changes = 0
    kept = []
    while time.monotonic() - start < limit and process.poll() is None:
        if window is None:
            window = newly_shown(display, root, before) if before is not None else titled(display, root, title)
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
        if window is not None and quiet is not None and settled_at is None:
            size = []
            pixels = whole(display, window, size)
            now = time.monotonic() - start
            if band is not None and pixels is not None and band_at is None:
                # The rows of the band, as the whole window's picture holds them.
                rows = pixels[int(size[1] * band[0]) * size[2]:int(size[1] * band[1]) * size[2]]
                if rows != band_pixels:
                    band_pixels, band_change = rows, now
                elif now - band_change >= quiet:
                    band_at = band_change
            if pixels is not None and pixels != last_pixels:
                last_pixels, last_change = pixels, now
                if frames is not None:
                    changes += 1
                    # Kept, and written once the watch is over: writing takes the CPU the start needs.
                    kept.append((changes, now, size, pixels))
            elif last_change is not None and now - last_change >= quiet:
                settled_at = last_change
                if band is not None and band_at is None:
                    band_at = band_change
        if (drawn_at is not None and (probe is None or shows_at is not None)
                and (quiet is None or settled_at is not None)):
            break
        # The whole window is read at most every 10 ms: the reading itself takes the CPU the start needs.
        time.sleep(POLL if quiet is None else 0.010)
    for number, when, size, pixels in kept:
        print("change %d at %.3f s" % (number, when), file=sys.stderr, flush=True)
        write_png(os.path.join(frames, "%04d-%.3f.png" % (number, when)), *size, pixels)
    show = lambda t: "-" if t is None else "%.3f" % t
    times = [window_at, drawn_at, shows_at] + ([settled_at] if quiet is not None else []) + (
        [band_at] if band is not None else [])
    print(*[show(t) for t in times], process.pid, flush=True)


if __name__ == "__main__":
    main()
