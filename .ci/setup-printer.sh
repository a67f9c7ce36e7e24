#!/usr/bin/env bash
# A real printer for the printing test (RealPrinterTest): CUPS with a CUPS-PDF queue named PDF, the
# default, which writes each job as a PDF in the job owner's ~/PDF. Needs root and the packages cups,
# printer-driver-cups-pdf and cups-bsd (without lpr a job reports DONE and nothing is printed).
# Safe to run again.
set -euo pipefail

# The service does not start under apt's policy here: start the scheduler by hand.
if ! pgrep -x cupsd > /dev/null; then
    cupsd
fi
for _ in $(seq 1 30); do
    lpstat -r 2>/dev/null | grep -q "is running" && break
    sleep 1
done
lpstat -r | grep -q "is running" || { echo "cupsd did not start" >&2; exit 1; }

if ! lpstat -v PDF > /dev/null 2>&1; then
    lpadmin -p PDF -v cups-pdf:/ -E -P /usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd 2>&1 | grep -v "drivers are deprecated" || true
fi
cupsenable PDF
cupsaccept PDF
lpadmin -d PDF
lpstat -v PDF
