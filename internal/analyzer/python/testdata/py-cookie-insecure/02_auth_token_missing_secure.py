# Insecure cookie: auth token cookie with httponly but without secure=True
import secrets

from flask import Flask, jsonify, make_response

app = Flask(__name__)


@app.route("/login", methods=["POST"])
def login():
    resp = make_response(jsonify(ok=True))
    resp.set_cookie("auth_token", secrets.token_hex(32), httponly=True, samesite="Lax", max_age=3600)  # want: PY-COOKIE-INSECURE
    return resp
