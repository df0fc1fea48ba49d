# Insecure cookie FALSE: session cookie with secure, httponly and samesite=Lax
import secrets

from flask import Flask, jsonify, make_response

app = Flask(__name__)


@app.route("/session/start", methods=["POST"])
def start():
    resp = make_response(jsonify(ok=True))
    resp.set_cookie("session_id", secrets.token_urlsafe(32), secure=True, httponly=True, samesite="Lax")
    return resp
