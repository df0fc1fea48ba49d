# Log secret FALSE: the password variable is replaced by a constant mask before being logged
import logging

from flask import Flask, jsonify, request

app = Flask(__name__)
log = logging.getLogger("auth")


@app.route("/debug/login-echo", methods=["POST"])
def login_echo():  # want: PY-NO-MFA
    shown = request.form.get("password", "")
    shown = "********"
    log.debug("form received, password=%s", shown)
    return jsonify(ok=True)
