# generated case (gen_cases3): category=cookie rule=PY-COOKIE-INSECURE fw=flask source=values variant=some_secure_false expected=true
from flask import Flask, jsonify, make_response, request

app = Flask(__name__)


@app.route("/00626", methods=["GET", "POST"])
def benchmark_test_00626():
    param = request.values.get("BenchmarkTest", "")
    bar = param
    resp = make_response(jsonify(ok=True))
    resp.set_cookie("SomeCookie", bar, secure=False, httponly=True, samesite="Strict")  # want: PY-COOKIE-INSECURE
    return resp
