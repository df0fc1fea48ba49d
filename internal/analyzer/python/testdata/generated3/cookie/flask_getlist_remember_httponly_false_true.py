# generated case (gen_cases3): category=cookie rule=PY-COOKIE-INSECURE fw=flask source=getlist variant=remember_httponly_false expected=true
from flask import Flask, jsonify, make_response, request

app = Flask(__name__)


@app.route("/00625", methods=["GET", "POST"])
def benchmark_test_00625():
    values = request.args.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = param
    resp = make_response(jsonify(ok=True))
    resp.set_cookie("remember_me", bar, secure=True, httponly=False, samesite="Lax")  # want: PY-COOKIE-INSECURE
    return resp
