# generated case (gen_cases3): category=weakrandom rule=PY-WEAK-RANDOM fw=flask source=cookie variant=cookie_direct expected=true
import random

from flask import Flask, jsonify, make_response, request

app = Flask(__name__)


@app.route("/00724", methods=["GET", "POST"])
def benchmark_test_00724():
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    resp = make_response(jsonify(ok=True))
    resp.set_cookie("rememberMe", str(random.random()), secure=True, httponly=True, samesite="Strict")  # want: PY-WEAK-RANDOM
    return resp
