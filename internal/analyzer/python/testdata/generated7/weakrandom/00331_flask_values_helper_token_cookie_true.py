# generated case (gen_cases7): category=weakrandom rule=PY-WEAK-RANDOM fw=flask source=values shape=helper_token_cookie sink=specific expected=true
import random
import string

from flask import Flask, jsonify, make_response, request

app = Flask(__name__)
ALPHABET = string.ascii_letters + string.digits


def make_token(n):
    return "".join(random.choice(ALPHABET) for _ in range(n))  # want: PY-WEAK-RANDOM


@app.route("/case-00331", methods=["GET", "POST"])
def case_00331():
    param = request.values.get("q", "")
    bar = param
    resp = make_response(jsonify(ok=True))
    resp.set_cookie("session_id", make_token(32), secure=True, httponly=True, samesite="Lax")
    return resp
