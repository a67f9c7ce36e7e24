#!/usr/bin/env bash
# Writes the manual page mission-reader(1), in roff, from the text `mission-reader --help` prints (read on
# the standard input), so that the page and --help come from one source (cli.help in messages.properties)
# and cannot drift: package.sh runs it on the built launcher's --help. What --help does not say (the
# description, environment, exit status, files) is the fixed text below.
# Fails on a line of the help it does not understand, or a character it cannot write in roff, rather than
# leave something out.
# Usage: mission-reader --help | packaging/linux/man-page.sh [DATE] > mission-reader.1
#   DATE (YYYY-MM-DD) defaults to SOURCE_DATE_EPOCH's day, else today.
set -euo pipefail
date=${1:-$(date -u -d "@${SOURCE_DATE_EPOCH:-$(date +%s)}" +%Y-%m-%d)}
export LC_ALL=C

LC_ALL=C awk -v date="$date" '
function fail(why) { printf "man-page.sh: line %d of the help: %s\n", NR, why > "/dev/stderr"; failed = 1; exit 1 }
# Marks options in bold and, in a usage form, the placeholders (FILE, DOCUMENT_ID...) in italics, with
# control characters that escaping leaves alone, then escapes for roff and turns the marks into fonts.
function roff(s, placeholders) {
    s = mark(s, placeholders)
    gsub(/\\/, "\\e", s)
    gsub(/-/, "\\-", s)
    gsub(/\342\200\246/, "...", s)      # an ellipsis
    gsub(/\302\247/, "\\(sc", s)        # a section sign
    gsub(/\342\200\231/, "\\(cq", s)    # a right single quotation mark
    gsub(/\342\200\234/, "\\(lq", s)
    gsub(/\342\200\235/, "\\(rq", s)
    if (s ~ /[\200-\377]/) fail("a character with no roff name here: add it to man-page.sh")
    gsub(/\001/, "\\fB", s); gsub(/\002/, "\\fI", s); gsub(/\003/, "\\fR", s)
    sub(/^[.\047]/, "\\\\\\&&", s)      # a line starting with . or an apostrophe is not a request
    return s
}
function mark(s, placeholders,    out, word) {
    out = ""
    # Regular expressions as strings: mawk reads /.../ in an expression as a match against $0.
    while (match(s, placeholders ? "--?[a-z][a-z-]*|[A-Z][A-Z_]+" : "--?[a-z][a-z-]*")) {
        word = substr(s, RSTART, RLENGTH)
        out = out substr(s, 1, RSTART - 1) (word ~ /^-/ ? "\001" : "\002") word "\003"
        s = substr(s, RSTART + RLENGTH)
    }
    return out s
}
function flush(    tag) {
    if (!entry) return
    tag = "\\fBmission\\-reader\\fR" (form == "" ? "" : " " roff(form, 1))
    options = options ".TP\n" tag "\n" roff(text) "\n"
    synopsis = synopsis (synopsis == "" ? "" : ".br\n") tag "\n"
    entry = 0; form = ""; text = ""
}
NR == 1 {
    if (!match($0, /^Mission Reader [^:]+: /)) fail("the first line is not \"Mission Reader VERSION: what it is.\"")
    version = substr($0, 16, RLENGTH - 17)
    name = substr($0, RLENGTH + 1); sub(/\.$/, "", name)
    next
}
/^$/ { next }
/^Usage:$/ { usage = 1; next }
usage && /^  mission-reader( |$)/ {
    flush()
    line = substr($0, 17); sub(/^ /, "", line)
    # The form, then (after two spaces or more) the start of its description.
    if (match(line, /  +[^ ]/)) {
        form = substr(line, 1, RSTART - 1); text = substr(line, RSTART + RLENGTH - 1)
    } else {
        form = line; text = ""
    }
    entry = 1
    next
}
usage && entry && /^     +[^ ]/ {
    line = $0; sub(/^ +/, "", line)
    text = text (text == "" ? "" : " ") line
    next
}
{ fail("not a usage line: " $0) }
END {
    if (failed) exit 1
    flush()
    if (synopsis == "") fail("no usage line")
    print ".\\\" The manual page of Mission Reader, written by packaging/linux/man-page.sh from mission-reader --help."
    printf ".TH MISSION\\-READER 1 %s \"Mission Reader %s\" \"User Commands\"\n", date, roff(version)
    print ".\\\" No hyphenation: option names and placeholders (DOCUMENT_ID) stay whole."
    print ".nh"
    print ".SH NAME"
    print "mission\\-reader \\- " roff(name)
    print ".SH SYNOPSIS"
    printf "%s", synopsis
    print ".SH DESCRIPTION"
    print "Mission Reader reads the records of United Nations peacekeeping missions, with no network:"
    print "the statements and other documents of each mission, its facts and its timeline, from a library"
    print "bundled with the app, and from library files in its JSON format given beside it."
    print "With no option, or with library files, it opens its window; the options below run without one,"
    print "except \\fB\\-\\-print\\fR, which needs the graphical session for printing."
    print ".PP"
    print "Its messages are in French or English, as the system language asks"
    print "(\\fBLC_ALL\\fR, \\fBLC_MESSAGES\\fR, \\fBLANG\\fR)."
    print ".SH OPTIONS"
    printf "%s", options
    print ".SH EXIT STATUS"
    print ".TP"
    print "0"
    print "Done; for \\fB\\-\\-validate\\fR, no error in the files."
    print ".TP"
    print "1"
    print "A problem: an error in a library file, a document or a printer that does not exist, a file that"
    print "cannot be written."
    print ".TP"
    print "2"
    print "An unknown or incomplete option."
    print ".SH ENVIRONMENT"
    print ".TP"
    print ".B MISSION_READER_MAX_HEAP"
    print "The bound of the Java heap (768m unless set), for example \\fB2g\\fR to open a very large library."
    print ".SH FILES"
    print ".TP"
    print ".I /opt/mission\\-reader"
    print "The app, its Java runtime and its bundled library."
    print ".TP"
    print ".I *.mrlib.json"
    print "Library files, which a file manager opens with the app."
    print ".TP"
    print ".I ~/.local/share/mission\\-reader/notes.json"
    print "Your highlights, notes and bookmarks (in \\fB$XDG_DATA_HOME/mission\\-reader\\fR when that is set),"
    print "which \\fB\\-\\-export\\-notes\\fR reads."
}
'
