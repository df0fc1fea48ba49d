# interproc/reports: report name from params.requested_report() reaches open(); the format is allow-listed
from flask import Flask, Response

from .params import requested_format, requested_report

app = Flask(__name__)


@app.route("/reports/download")
def download_report():
    name = requested_report()
    fmt = requested_format()
    with open(f"/srv/reports/{name}.{fmt}", "rb") as fh:  # want: PY-PATH-TRAVERSAL
        return Response(fh.read(), mimetype="application/octet-stream")


@app.route("/reports/template")
def report_template():
    fmt = requested_format()
    with open(f"/srv/reports/templates/default.{fmt}", "rb") as fh:
        return Response(fh.read(), mimetype="application/octet-stream")
