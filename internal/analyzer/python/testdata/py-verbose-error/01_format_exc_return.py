# Verbose error: traceback.format_exc() returned in the HTTP response
import traceback

from flask import Flask, jsonify

app = Flask(__name__)


def compute_report():
    raise RuntimeError("db unavailable")


@app.route("/reports/daily")
def daily_report():
    try:
        return jsonify(compute_report())
    except Exception:
        return traceback.format_exc(), 500  # want: PY-VERBOSE-ERROR
