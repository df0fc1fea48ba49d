# Path traversal: send_file with a report path built from a route parameter (send_file does no safe_join)
from flask import Flask, send_file

app = Flask(__name__)


@app.route("/reports/<name>")
def report(name):
    return send_file(f"/srv/reports/{name}.pdf", mimetype="application/pdf")  # want: PY-PATH-TRAVERSAL
