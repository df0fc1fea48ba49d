# Verbose error: JSON error body includes the exception message and traceback
import traceback

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/api/orders", methods=["POST"])
def create_order():
    try:
        qty = int(request.get_json()["qty"])
        return jsonify(ok=True, qty=qty), 201
    except Exception as e:
        return jsonify(error=str(e), trace=traceback.format_exc()), 500  # want: PY-VERBOSE-ERROR
