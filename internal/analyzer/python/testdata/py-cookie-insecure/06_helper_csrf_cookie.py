# Insecure cookie: helper attaches a CSRF token cookie without any flags
import secrets

from flask import Flask, jsonify, make_response

app = Flask(__name__)


def attach_csrf(resp):
    resp.set_cookie("csrf_token", secrets.token_hex(16))  # want: PY-COOKIE-INSECURE
    return resp


@app.route("/form")
def form():
    return attach_csrf(make_response(jsonify(form="transfer")))
