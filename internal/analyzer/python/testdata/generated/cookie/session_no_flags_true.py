# generated case: session cookie without Secure/HttpOnly/SameSite
import secrets

from flask import Flask, jsonify, make_response

app = Flask(__name__)


@app.route("/login/finish", methods=["POST"])
def finish():
    resp = make_response(jsonify(ok=True))
    resp.set_cookie("session_id", secrets.token_urlsafe(32))  # want: PY-COOKIE-INSECURE
    return resp
