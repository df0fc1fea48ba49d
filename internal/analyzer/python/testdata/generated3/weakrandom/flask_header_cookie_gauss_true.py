# generated case (gen_cases3): category=weakrandom rule=PY-WEAK-RANDOM fw=flask source=header variant=cookie_gauss expected=true
import random

from flask import Flask, jsonify, make_response, request

app = Flask(__name__)


@app.route("/00718", methods=["GET", "POST"])
def benchmark_test_00718():
    param = request.headers.get("Referer", "")
    bar = param
    rand = random.gauss(0, 1)  # want: PY-WEAK-RANDOM
    remember_me_key = str(rand).replace(".", "")[1:]
    resp = make_response(jsonify(ok=True))
    resp.set_cookie("rememberMe", remember_me_key, secure=True, httponly=True, samesite="Strict")
    return resp
