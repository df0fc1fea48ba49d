# Trust boundary: session.update with the whole JSON body
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/checkout/state", methods=["POST"])
def checkout_state():
    session.update(request.get_json())  # want: PY-TRUST-BOUNDARY
    return jsonify(ok=True)
