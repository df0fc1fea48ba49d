# Deserialization FALSE: cart cookie decoded from base64 and parsed with json.loads
import base64
import json

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/cart")
def cart():
    raw = request.cookies.get("cart")
    items = json.loads(base64.b64decode(raw)) if raw else []
    return jsonify(items=items)
