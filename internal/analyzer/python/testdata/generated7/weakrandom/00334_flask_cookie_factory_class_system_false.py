# generated case (gen_cases7): category=weakrandom rule=PY-WEAK-RANDOM fw=flask source=cookie shape=factory_class_system sink=specific expected=false
import random

from flask import Flask, jsonify, request

app = Flask(__name__)
API_KEYS = {}


class TokenFactory:
    def __init__(self):
        self.rng = random.SystemRandom()

    def issue(self):
        return "%016x" % self.rng.getrandbits(64)


@app.route("/case-00334", methods=["GET", "POST"])
def case_00334():
    param = request.cookies.get("q", "none")
    bar = param
    api_key = TokenFactory().issue()
    API_KEYS[api_key] = bar[:32]
    result = len(API_KEYS)
    return jsonify(result=str(result))
