# Verbose error FALSE: format_exc() only goes to the log; the response carries an incident id
import logging
import traceback
import uuid

from flask import Flask, jsonify

app = Flask(__name__)
log = logging.getLogger(__name__)


@app.route("/sync", methods=["POST"])
def sync():
    try:
        raise TimeoutError("upstream timeout")
    except Exception:
        incident = uuid.uuid4().hex[:8]
        log.error("sync failed [%s]\n%s", incident, traceback.format_exc())
        return jsonify(error="sync failed", incident=incident), 502
