#!/usr/bin/env bash
# Checks a built launcher: --version, --validate on the bundled library and on a broken file, the PDF
# export, printing on a CUPS-PDF printer (when one is set up: .ci/setup-printer.sh; in CI it must be),
# and that it opens a window titled "… Mission Reader" in a real X server (Xvfb), with the library in it.
set -euo pipefail
launcher=${1:?usage: smoke-launcher.sh path/to/bin/mission-reader}
cd "$(dirname "$0")/.."
passed=0
failed=0
check() { # name, then the command; counts and reports
    local name=$1; shift
    if "$@"; then passed=$((passed + 1)); echo "ok: $name"; else failed=$((failed + 1)); echo "FAILED: $name"; fi
}

# Exactly one line: a notice of the JVM's on standard output (as it gives for huge pages a system has off)
# would mix with what the command line prints for scripts.
check "--version prints the version, and nothing else" bash -c "out=\$('$launcher' --version); [ \"\$(printf '%s\\n' \"\$out\" | wc -l)\" = 1 ] && [[ \$out == 'Mission Reader '* ]]"
check "--validate accepts the bundled library" bash -c "'$launcher' --validate assets/library.json | grep -q '8 missions, 2 documents, 27 events'"
broken=$(mktemp --suffix=.json)
printf '{"schemaVersion": 1,\n  "missions": [\n    {"id": "x", "start": "2023-02-30"},\n  ]\n}\n' > "$broken"
check "--validate reports a broken file as FILE:LINE:COLUMN and exits 1" bash -c "
    set +e; out=\$('$launcher' --validate '$broken' 2>&1); code=\$?; set -e
    echo \"\$out\" | head -3
    [ \$code -eq 1 ] && echo \"\$out\" | grep -q '^$broken:4:3: '"
rm -f "$broken"
pdf_check() { # the PDF export without a window: a PDF with the typeface embedded, and nothing on stderr
    local dir rc=0
    dir=$(mktemp -d)
    "$launcher" --export-pdf minusma-press-elements-2015-03-04 "$dir/press.pdf" > "$dir/out" 2> "$dir/err" || rc=1
    head -c 5 "$dir/press.pdf" 2>/dev/null | grep -q '%PDF-' || rc=1
    if command -v pdffonts > /dev/null; then pdffonts "$dir/press.pdf" | grep -q 'CharisSIL' || rc=1; fi
    # The text reads back as written, accents and typographic apostrophe included (the embedded font's
    # Unicode map; the runtime image keeps only the CMaps the app writes with, see pom.xml).
    if command -v pdftotext > /dev/null; then
        pdftotext "$dir/press.pdf" - | tr '\n' ' ' | grep -q 'l’accord de paix paraphé le 1er mars à Alger' || rc=1
    fi
    [ ! -s "$dir/err" ] || { cat "$dir/err"; rc=1; }
    rm -rf "$dir"
    return $rc
}
check "--export-pdf writes the press elements as a PDF with its fonts, quietly" pdf_check

print_check() { # --print through JavaFX and CUPS to a CUPS-PDF printer, as the Print command prints
    local printer out before dir file size=-1 rc=0
    printer=$(lpstat -v 2>/dev/null | sed -n 's/^device for \([^:]*\): cups-pdf:.*/\1/p' | head -1)
    if [ -z "$printer" ]; then
        echo "no CUPS-PDF printer here (.ci/setup-printer.sh sets one up)"
        [ "${CI:-}" != true ]
        return
    fi
    # Where CUPS-PDF writes: cups-pdf.conf's Out, ${HOME}/PDF by default.
    dir=$(sed -n 's/^Out //p' /etc/cups/cups-pdf.conf 2>/dev/null | head -1)
    dir=${dir:-'${HOME}/PDF'}
    dir=${dir//'${HOME}'/$HOME}
    dir=${dir//'${USER}'/$(id -un)}
    mkdir -p "$dir"
    before=$(ls "$dir"/*.pdf 2>/dev/null | sort || true)
    out=$(xvfb-run -a -s "-screen 0 1280x800x24" "$launcher" --print minusma-press-elements-2015-03-04 "$printer" 2>&1) || rc=1
    echo "$out"
    echo "$out" | grep -q "^Sent \".*\" to the printer $printer: 1 page\.$" || rc=1
    # The new PDF, once CUPS has no job left and its size holds still.
    for _ in $(seq 1 120); do
        file=$(comm -13 <(echo "$before") <(ls "$dir"/*.pdf 2>/dev/null | sort) | head -1)
        if [ -n "$file" ] && [ -z "$(lpstat -o)" ] && [ "$(stat -c %s "$file")" = "$size" ]; then break; fi
        [ -n "$file" ] && size=$(stat -c %s "$file")
        sleep 0.5
    done
    [ -n "$file" ] && [ "$size" -gt 0 ] || { echo "CUPS-PDF wrote nothing in $dir"; return 1; }
    if command -v pdfinfo > /dev/null; then pdfinfo "$file" | grep -q '^Pages: *1$' || rc=1; fi
    rm -f "$file"
    return $rc
}
check "--print sends the press elements to a CUPS-PDF printer, one page" print_check
check "--print of an unknown document names the known ones and exits 1" bash -c "
    set +e; out=\$('$launcher' --print minusma-press-elements-2015-03-05 2>&1); code=\$?; set -e
    echo \"\$out\" | head -2
    [ \$code -eq 1 ] && echo \"\$out\" | grep -q 'Documents: minusma-press-elements-2015-03-04'"

window_check() {
    # The window shows first with its opening frame: the check then waits for the panes with the library
    # in them (the app's start-up trace marks it), and finds no exception on the way.
    xvfb-run -a -s "-screen 0 1280x800x24" bash -c "
        JDK_JAVA_OPTIONS=-Dmissionreader.trace.startup=true '$launcher' > /tmp/mission-reader-window.log 2>&1 &
        app=\$!
        ok=1
        if timeout 60 xdotool search --sync --name 'Mission Reader\$' > /dev/null; then
            for _ in \$(seq 1 600); do
                if grep -q 'library shown' /tmp/mission-reader-window.log; then ok=0; break; fi
                sleep 0.1
            done
        fi
        # What the app printed while it opened, before it is killed: JavaFX's own shutdown hook can stop its
        # render thread while a pulse is still painting and print that (RejectedExecutionException), which
        # says nothing of the start-up.
        cp /tmp/mission-reader-window.log /tmp/mission-reader-window.start.log
        kill \$app 2>/dev/null || true
        wait \$app 2>/dev/null || true
        if grep -q Exception /tmp/mission-reader-window.start.log; then ok=1; fi
        [ \$ok -eq 0 ] || cat /tmp/mission-reader-window.log
        exit \$ok"
}
check "the launcher opens a window titled Mission Reader under Xvfb, and the library in it" window_check

if [ "$failed" -eq 0 ]; then
    echo "launcher smoke test: all $passed checks passed"
else
    echo "launcher smoke test: $failed of $((passed + failed)) checks FAILED"
    exit 1
fi
