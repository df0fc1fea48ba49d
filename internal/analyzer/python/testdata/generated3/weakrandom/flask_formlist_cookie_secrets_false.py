# generated case (gen_cases3): category=weakrandom rule=PY-WEAK-RANDOM fw=flask source=formlist variant=cookie_secrets expected=false
import secrets

from flask import Flask, jsonify, make_response, request

app = Flask(__name__)


@app.route("/00729", methods=["POST"])
def benchmark_test_00729():
    param = " ".join(request.form.getlist("BenchmarkTest"))
    bar = param
    rand = secrets.randbelow(10 ** 16)
    remember_me_key = str(rand)
    resp = make_response(jsonify(ok=True))
    resp.set_cookie("rememberMe", remember_me_key, secure=True, httponly=True, samesite="Strict")
    return resp
