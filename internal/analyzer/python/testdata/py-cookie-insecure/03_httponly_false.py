# Insecure cookie: remember-me token readable from JavaScript (httponly=False)
import secrets

from flask import Flask, jsonify, make_response

app = Flask(__name__)


@app.route("/remember", methods=["POST"])
def remember():
    resp = make_response(jsonify(ok=True))
    resp.set_cookie("remember_token", secrets.token_urlsafe(48), secure=True, httponly=False, samesite="Lax")  # want: PY-COOKIE-INSECURE
    return resp
