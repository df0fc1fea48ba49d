# Verbose error FALSE: traceback logged server-side, generic message returned
import logging

from flask import Flask, jsonify

app = Flask(__name__)
log = logging.getLogger(__name__)


def compute_report():
    raise RuntimeError("db unavailable")


@app.route("/reports/daily")
def daily_report():
    try:
        return jsonify(compute_report())
    except Exception:
        log.exception("daily report failed")
        return jsonify(error="internal error"), 500
