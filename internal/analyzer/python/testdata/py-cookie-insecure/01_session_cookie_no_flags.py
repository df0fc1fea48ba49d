# Insecure cookie: session id cookie set without secure/httponly/samesite
import secrets

from flask import Flask, jsonify, make_response

app = Flask(__name__)


@app.route("/session/start", methods=["POST"])
def start():
    resp = make_response(jsonify(ok=True))
    resp.set_cookie("session_id", secrets.token_urlsafe(32))  # want: PY-COOKIE-INSECURE
    return resp
