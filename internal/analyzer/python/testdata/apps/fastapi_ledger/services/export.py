"""PDF and CSV exports (wkhtmltopdf and the csvkit tools on the host)."""
import csv
import io
import logging
import os
import shlex
import subprocess
import tempfile

from ..settings import EXPORT_DIR

log = logging.getLogger("ledger.export")


def html_to_pdf(html: str, out_name: str) -> str:
    with tempfile.NamedTemporaryFile("w", suffix=".html", delete=False) as fh:
        fh.write(html)
        src = fh.name
    out = os.path.join(EXPORT_DIR, out_name + ".pdf")
    subprocess.run(f"wkhtmltopdf --quiet {src} {out}", shell=True, check=True)  # want: PY-CMDI
    return out


def html_to_pdf_safe(html: str, invoice_id: int) -> str:
    with tempfile.NamedTemporaryFile("w", suffix=".html", delete=False) as fh:
        fh.write(html)
        src = fh.name
    out = os.path.join(EXPORT_DIR, "invoice-%d.pdf" % invoice_id)
    subprocess.run(["wkhtmltopdf", "--quiet", src, out], check=True)
    return out


def stamp_number(number: str) -> None:
    """Run after the response: stamps the invoice number on the template PDF."""
    subprocess.run(f"pdftk {EXPORT_DIR}/blank.pdf stamp {EXPORT_DIR}/stamp.pdf output {EXPORT_DIR}/{number}.pdf", shell=True, check=False)  # want: PY-CMDI


def rows_to_csv(rows) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["number", "customer", "amount"])
    for r in rows:
        writer.writerow([r[0], r[1], r[2]])
    return buf.getvalue()


def compress_export(path: str, label: str) -> str:
    # label ends up in the archive comment; quoted for the shell
    cmd = "zip -j -z %s.zip %s <<< %s" % (path, path, shlex.quote(label))
    subprocess.run(cmd, shell=True, executable="/bin/bash", check=True)
    return path + ".zip"


def csv_stats(path: str, column: str) -> str:
    return subprocess.check_output("csvstat --column " + column + " " + path, shell=True, text=True)  # want: PY-CMDI
