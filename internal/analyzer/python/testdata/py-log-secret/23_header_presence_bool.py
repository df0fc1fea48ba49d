# Log secret FALSE: only whether an Authorization header is present is logged
import logging

from flask import Flask, jsonify, request

app = Flask(__name__)
logger = logging.getLogger(__name__)


@app.route("/api/orders")
def orders():
    logger.debug("auth header present: %s, path=%s", "Authorization" in request.headers, request.path)
    return jsonify(orders=[])
