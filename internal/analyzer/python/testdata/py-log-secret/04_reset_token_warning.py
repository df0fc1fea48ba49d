# Log secret: freshly generated password-reset token written to the log
import logging
import secrets

from flask import Flask, jsonify, request

app = Flask(__name__)
logger = logging.getLogger("accounts")


@app.route("/password/forgot", methods=["POST"])
def forgot_password():
    email = request.form["email"]
    reset_token = secrets.token_urlsafe(32)
    logger.warning("password reset for %s with token %s", email, reset_token)  # want: PY-LOG-SECRET
    return jsonify(sent=True)
