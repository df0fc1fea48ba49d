# SQLi: query string built by a helper function in the same module from a tainted argument
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


def build_report_query(region, year):
    return "SELECT month, SUM(amount) FROM sales WHERE region = '" + region + "' AND year = " + year + " GROUP BY month"


@app.route("/reports/sales")
def sales_report():
    region = request.args.get("region", "EU")
    year = request.args.get("year", "2024")
    conn = sqlite3.connect("reports.db")
    cur = conn.cursor()
    cur.execute(build_report_query(region, year))  # want: PY-SQLI
    return jsonify(cur.fetchall())
