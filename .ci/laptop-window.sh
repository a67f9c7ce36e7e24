#!/usr/bin/env bash
# Starts a launcher in a real X server at laptop sizes (1366x768 and 1024x700), with a window manager
# (openbox) and without one, on a fresh home each time, and checks what a reader would see first: the
# window wholly on the screen (with the window manager, in several starts); Print Preview opening larger
# than 200x200 and on the screen; and, with the window manager, a maximized window staying maximized while a
# file chooser is open (JDK-8332222).
# Usage: .ci/laptop-window.sh path/to/bin/mission-reader   (needs xvfb, openbox, xdotool, x11-utils, wmctrl)
set -euo pipefail
launcher=${1:?usage: laptop-window.sh path/to/bin/mission-reader}
passed=0
failed=0
display=71

# The geometry of a window, frame included where a window manager drew one: "X Y W H".
frame_geometry() {
    local id=$1 x y w h left=0 right=0 top=0 bottom=0 extents
    # xwininfo's absolute position: xdotool's adds the frame's offset again to a window the manager reparented,
    # and so reported a window whose title bar was above the screen as on it.
    eval "$(xwininfo -id "$id" | sed -n 's/^ *Absolute upper-left X: *\(-\{0,1\}[0-9]*\)$/X=\1/p
        s/^ *Absolute upper-left Y: *\(-\{0,1\}[0-9]*\)$/Y=\1/p; s/^ *Width: *\([0-9]*\)$/WIDTH=\1/p
        s/^ *Height: *\([0-9]*\)$/HEIGHT=\1/p')"
    extents=$(xprop -id "$id" _NET_FRAME_EXTENTS 2>/dev/null | sed -n 's/.*= //p' | tr -d ' ')
    if [ -n "$extents" ]; then IFS=, read -r left right top bottom <<< "$extents"; fi
    echo "$((X - left)) $((Y - top)) $((WIDTH + left + right)) $((HEIGHT + top + bottom))"
}

# Waits for a window whose title matches, and prints its id.
wait_window() {
    local pattern=$1 id
    for _ in $(seq 1 240); do
        id=$(xdotool search --onlyvisible --name "$pattern" 2>/dev/null | tail -1 || true)
        if [ -n "$id" ]; then echo "$id"; return 0; fi
        sleep 0.25
    done
    return 1
}

# Gives a window the keyboard: through the window manager where there is one, else directly.
focus() {
    xdotool windowactivate --sync "$1" > /dev/null 2>&1 || xdotool windowfocus --sync "$1" > /dev/null 2>&1 || true
    sleep 0.5
}

inside() { # "X Y W H" screen_w screen_h
    local x y w h
    read -r x y w h <<< "$1"
    [ "$x" -ge 0 ] && [ "$y" -ge 0 ] && [ $((x + w)) -le "$2" ] && [ $((y + h)) -le "$3" ]
}

check() {
    local name=$1; shift
    if "$@"; then passed=$((passed + 1)); echo "ok: $name"; else failed=$((failed + 1)); echo "FAILED: $name"; fi
}

# Starts an X server of that size on the next free display and points DISPLAY at it (sets display and the
# caller's xvfb). A display already taken (another X server on this machine) is skipped: the app would
# otherwise open on that server's screen, of another size, and the checks would measure the wrong screen.
new_display() { # WIDTH HEIGHT
    local sw=$1 sh=$2
    while true; do
        display=$((display + 1))
        [ -e "/tmp/.X$display-lock" ] || [ -e "/tmp/.X11-unix/X$display" ] && continue
        Xvfb ":$display" -screen 0 "${sw}x${sh}x24" -nolisten tcp > /dev/null 2>&1 &
        xvfb=$!
        export DISPLAY=":$display"
        for _ in $(seq 1 40); do xdpyinfo > /dev/null 2>&1 && break; sleep 0.25; done
        if kill -0 "$xvfb" 2> /dev/null && xdpyinfo | grep -q "dimensions: *${sw}x${sh} pixels"; then return; fi
        kill "$xvfb" 2> /dev/null || true
        [ "$display" -lt 200 ] || { echo "no free X display for ${sw}x${sh}" >&2; exit 1; }
    done
}

run_case() { # WIDTH HEIGHT WM(openbox|none)
    local sw=$1 sh=$2 wm=$3 home xvfb wmpid="" app main geometry preview pgeom state
    new_display "$sw" "$sh"
    home=$(mktemp -d)
    if [ "$wm" = openbox ]; then openbox > /dev/null 2>&1 & wmpid=$!; sleep 1; fi
    # A fresh configuration: Java takes the home folder from the password file, not from $HOME.
    HOME=$home XDG_CONFIG_HOME=$home/config "$launcher" --open minusma-press-elements-2015-03-04 > "$home/app.log" 2>&1 &
    app=$!
    local label="${sw}x${sh}, $wm"
    if main=$(wait_window 'Mission Reader'); then
        # The panes come after the opening frame; give them time to settle on a loaded machine.
        sleep 6
        geometry=$(frame_geometry "$main")
        echo "main window at $geometry on ${sw}x${sh}"
        check "$label: the window is wholly on the screen" inside "$geometry" "$sw" "$sh"
        focus "$main"
        xdotool key ctrl+shift+p
        if preview=$(wait_window 'Print|Aperçu'); then
            sleep 2
            pgeom=$(frame_geometry "$preview")
            echo "print preview at $pgeom"
            check "$label: Print Preview opens larger than 200x200" bash -c "read -r x y w h <<< '$pgeom'; [ \$w -gt 200 ] && [ \$h -gt 200 ]"
            check "$label: Print Preview is on the screen" inside "$pgeom" "$sw" "$sh"
            wmctrl -i -c "$(printf '0x%x' "$preview")" 2> /dev/null || xdotool windowunmap "$preview" || true
            sleep 1
        else
            check "$label: Print Preview opens" false
        fi
        if [ "$wm" = openbox ]; then
            wmctrl -i -r "$(printf '0x%x' "$main")" -b add,maximized_vert,maximized_horz
            sleep 1
            focus "$main"
            xdotool key ctrl+o
            if wait_window 'Open|Ouvrir' > /dev/null; then
                sleep 1.5
                state=$(xprop -id "$main" _NET_WM_STATE)
                echo "$state"
                check "$label: the maximized window stays maximized while the file chooser is open" \
                    bash -c "grep -q _NET_WM_STATE_MAXIMIZED_VERT <<< '$state' && grep -q _NET_WM_STATE_MAXIMIZED_HORZ <<< '$state'"
                xdotool key Escape || true
            else
                check "$label: the file chooser opens" false
            fi
        fi
    else
        check "$label: a window titled Mission Reader opens" false
        cat "$home/app.log"
    fi
    kill "$app" 2> /dev/null || true
    wait "$app" 2> /dev/null || true
    [ -n "$wmpid" ] && kill "$wmpid" 2> /dev/null
    kill "$xvfb" 2> /dev/null || true
    wait 2> /dev/null || true
    rm -rf "$home"
}

# Where a window manager places the window is a race (openbox put the window's title bar above the screen in
# one start of two, JDK-8354943): the window is started again, STARTS times (4), each on a fresh home, and
# must be wholly on the screen every time, its place settled.
repeat_starts() { # WIDTH HEIGHT
    local sw=$1 sh=$2 home xvfb wmpid app main geometry i ok=0 n=${STARTS:-4}
    new_display "$sw" "$sh"
    openbox > /dev/null 2>&1 & wmpid=$!
    sleep 1
    for i in $(seq 1 "$n"); do
        home=$(mktemp -d)
        HOME=$home XDG_CONFIG_HOME=$home/config "$launcher" > "$home/app.log" 2>&1 &
        app=$!
        if main=$(wait_window 'Mission Reader'); then
            sleep 4
            geometry=$(frame_geometry "$main")
            if inside "$geometry" "$sw" "$sh"; then ok=$((ok + 1)); else echo "start $i: main window at $geometry on ${sw}x${sh}"; fi
        fi
        kill "$app" 2> /dev/null || true
        wait "$app" 2> /dev/null || true
        rm -rf "$home"
    done
    kill "$wmpid" "$xvfb" 2> /dev/null || true
    wait 2> /dev/null || true
    check "${sw}x${sh}, openbox: the window is wholly on the screen in each of $n starts ($ok)" [ "$ok" -eq "$n" ]
}

for size in "1366 768" "1024 700"; do
    for wm in openbox none; do
        run_case $size $wm
    done
    repeat_starts $size
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
