# generated case (gen_cases3): category=weakrandom rule=PY-WEAK-RANDOM fw=flask source=querystring variant=cookie_secrets expected=false
import secrets
import urllib.parse

from flask import Flask, jsonify, make_response, request

app = Flask(__name__)


@app.route("/00580", methods=["GET", "POST"])
def benchmark_test_00580():
    qs = urllib.parse.parse_qs(request.query_string.decode("utf-8"))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    rand = secrets.randbelow(10 ** 16)
    remember_me_key = str(rand)
    resp = make_response(jsonify(ok=True))
    resp.set_cookie("rememberMe", remember_me_key, secure=True, httponly=True, samesite="Strict")
    return resp
