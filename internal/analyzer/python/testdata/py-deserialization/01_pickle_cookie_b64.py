# Deserialization: shopping cart cookie base64-decoded and unpickled
import base64
import pickle

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/cart")
def cart():
    raw = request.cookies.get("cart")
    items = pickle.loads(base64.b64decode(raw)) if raw else []  # want: PY-DESERIALIZATION
    return jsonify(items=items)
