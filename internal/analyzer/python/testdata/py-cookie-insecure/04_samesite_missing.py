# Insecure cookie: sessionid set with secure and httponly but no samesite attribute
import secrets

from flask import Flask, jsonify, make_response

app = Flask(__name__)


@app.route("/sso/callback")
def sso_callback():
    resp = make_response(jsonify(ok=True))
    resp.set_cookie("sessionid", secrets.token_urlsafe(32), secure=True, httponly=True)  # want: PY-COOKIE-INSECURE
    return resp
