# Path traversal FALSE: report name must be one of the known reports (allow-list dict lookup)
from flask import Flask, abort, request, send_file

app = Flask(__name__)
REPORTS = {"sales": "/srv/reports/sales.pdf", "stock": "/srv/reports/stock.pdf"}


@app.route("/reports")
def report():
    key = request.args.get("name", "sales")
    if key not in REPORTS:
        abort(404)
    return send_file(REPORTS[key], mimetype="application/pdf")
