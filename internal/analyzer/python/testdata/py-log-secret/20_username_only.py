# Log secret FALSE: only the username and outcome are logged
import logging

from flask import Flask, jsonify, request

app = Flask(__name__)
log = logging.getLogger("auth")


@app.route("/login", methods=["POST"])
def login():  # want: PY-NO-MFA
    username = request.form["username"]
    password = request.form["password"]
    ok = len(password) > 0 and username == "demo"
    log.info("login attempt user=%s success=%s", username, ok)
    return jsonify(ok=ok), (200 if ok else 401)
