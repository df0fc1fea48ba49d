# Trust boundary: the client picks which session entry is written (the
# stored value is a constant; the key is input).
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/flags", methods=["POST"])
def set_flag():
    name = request.args.get("flag", "")
    session[name] = "10340"  # want: PY-TRUST-BOUNDARY
    return jsonify(ok=True)
