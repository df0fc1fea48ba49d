# generated case (gen_cases7): category=weakrandom rule=PY-WEAK-RANDOM fw=flask source=args shape=tuple_token_weak sink=specific expected=true
import random
import secrets

from flask import Flask, jsonify, request

app = Flask(__name__)
RESET_TOKENS = {}
COLORS = ["red", "green", "blue"]


def token_and_color():
    return "%032x" % random.getrandbits(128), secrets.choice(COLORS)  # want: PY-WEAK-RANDOM


@app.route("/case-00337", methods=["GET", "POST"])
def case_00337():
    param = request.args.get("q", "")
    bar = param
    token, color = token_and_color()
    RESET_TOKENS[token] = bar[:32]
    result = color
    return jsonify(result=str(result))
