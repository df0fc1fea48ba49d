# Trust boundary: JSON cart structure from the client copied into the session
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/cart/sync", methods=["POST"])
def sync_cart():
    payload = request.get_json()
    items = payload.get("items", [])
    session["cart"] = items  # want: PY-TRUST-BOUNDARY
    return jsonify(count=len(items))
