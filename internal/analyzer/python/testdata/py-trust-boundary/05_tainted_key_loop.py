# Trust boundary: every submitted preference field copied into the session in a loop (tainted keys and values)
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/preferences", methods=["POST"])
def save_preferences():
    for key, value in request.form.items():
        session[key] = value  # want: PY-TRUST-BOUNDARY
    return jsonify(saved=len(request.form))
