# Trust boundary: display name from the query string stored in the Flask session unvalidated
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/nickname")
def set_nickname():
    session["nickname"] = request.args["nickname"]  # want: PY-TRUST-BOUNDARY
    return jsonify(ok=True)
