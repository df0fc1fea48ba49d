# generated case (gen_cases3): category=cookie rule=PY-COOKIE-INSECURE fw=flask source=formlist variant=some_allflags_kw expected=false
from flask import Flask, jsonify, make_response, request

app = Flask(__name__)


@app.route("/00643", methods=["POST"])
def benchmark_test_00643():
    param = " ".join(request.form.getlist("BenchmarkTest"))
    bar = param
    resp = make_response(jsonify(ok=True))
    resp.set_cookie(key="SomeCookie", value=bar, path="/", secure=True, httponly=True, samesite="Strict")
    return resp
