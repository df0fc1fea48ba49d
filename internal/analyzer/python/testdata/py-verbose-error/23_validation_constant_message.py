# Verbose error FALSE: expected validation error answered with a constant message
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/cart/add", methods=["POST"])
def add_to_cart():
    try:
        qty = int(request.form["qty"])
    except (KeyError, ValueError):
        return jsonify(error="qty must be an integer"), 400
    return jsonify(qty=qty)
