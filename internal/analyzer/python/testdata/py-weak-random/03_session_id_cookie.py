# Weak random: session id from random.getrandbits placed in a (flagged-secure) cookie
import random

from flask import Flask, make_response

app = Flask(__name__)


@app.route("/start")
def start():
    sid = "%032x" % random.getrandbits(128)  # want: PY-WEAK-RANDOM
    resp = make_response("ok")
    resp.set_cookie("session_id", sid, secure=True, httponly=True, samesite="Lax")
    return resp
