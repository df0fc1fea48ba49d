# generated case (gen_cases3): category=weakrandom rule=PY-WEAK-RANDOM fw=flask source=args variant=cookie_remember expected=true
import random

from flask import Flask, jsonify, make_response, request

app = Flask(__name__)


@app.route("/00706", methods=["GET", "POST"])
def benchmark_test_00706():
    param = request.args.get("BenchmarkTest", "")
    bar = param
    rand = random.random()  # want: PY-WEAK-RANDOM
    remember_me_key = str(rand)[2:]
    resp = make_response(jsonify(ok=True))
    resp.set_cookie("rememberMe", remember_me_key, secure=True, httponly=True, samesite="Strict")
    return resp
