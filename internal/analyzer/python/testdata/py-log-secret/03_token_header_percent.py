# Log secret: API bearer token from the Authorization header logged with %-style args
import logging

from flask import Flask, jsonify, request

app = Flask(__name__)
logger = logging.getLogger(__name__)


@app.route("/api/orders")
def orders():
    token = request.headers.get("Authorization", "").removeprefix("Bearer ")
    logger.debug("incoming request with token %s", token)  # want: PY-LOG-SECRET
    return jsonify(orders=[])
