# Log secret: login view logs the submitted password in an f-string
import logging

from flask import Flask, jsonify, request

app = Flask(__name__)
log = logging.getLogger("auth")


@app.route("/login", methods=["POST"])
def login():  # want: PY-NO-MFA
    username = request.form["username"]
    password = request.form["password"]
    log.info(f"login attempt user={username} password={password}")  # want: PY-LOG-SECRET
    return jsonify(ok=False), 401
