# Insecure cookie FALSE: flags passed via a constant kwargs dict that enables all protections
import secrets

from flask import Flask, jsonify, make_response

app = Flask(__name__)
SECURE_COOKIE = {"secure": True, "httponly": True, "samesite": "Strict"}


@app.route("/login", methods=["POST"])
def login():
    resp = make_response(jsonify(ok=True))
    resp.set_cookie("auth_token", secrets.token_hex(32), **SECURE_COOKIE)
    return resp
