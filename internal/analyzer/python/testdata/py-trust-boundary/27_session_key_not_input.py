# Trust boundary, safe: the session key is built from a constant and a
# number, so the client cannot choose an arbitrary entry; the value is a
# constant.
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/flags", methods=["POST"])
def set_flag():
    slot = int(request.args.get("slot", "0"))
    session["flag_%d" % slot] = "10340"
    kind = "dark" if request.args.get("dark") else "light"
    session[kind] = True
    return jsonify(ok=True)
