# Verbose error FALSE: exception converted to abort(500) after logging
import logging

from flask import Flask, abort, jsonify

app = Flask(__name__)
log = logging.getLogger(__name__)


@app.route("/inventory")
def inventory():
    try:
        with open("/srv/data/inventory.json") as fh:
            return jsonify(count=len(fh.read()))
    except OSError as e:
        log.warning("inventory unavailable: %s", e)
        abort(500)
