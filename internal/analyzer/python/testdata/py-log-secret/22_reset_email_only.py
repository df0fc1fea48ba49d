# Log secret FALSE: reset flow logs the email address, not the token
import logging
import secrets

from flask import Flask, jsonify, request

app = Flask(__name__)
logger = logging.getLogger("accounts")


def send_reset_mail(email, token):
    pass


@app.route("/password/forgot", methods=["POST"])
def forgot_password():
    email = request.form["email"]
    reset_token = secrets.token_urlsafe(32)
    send_reset_mail(email, reset_token)
    logger.info("password reset requested for %s", email)
    return jsonify(sent=True)
