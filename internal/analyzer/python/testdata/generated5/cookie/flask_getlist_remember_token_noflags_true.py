# generated case (gen_cases5): category=cookie rule=PY-COOKIE-INSECURE fw=flask source=getlist shape=remember_token_noflags expected=true
from flask import Flask, jsonify, make_response, request

app = Flask(__name__)


@app.route("/00237", methods=["GET", "POST"])
def benchmark_test_00237():
    values = request.args.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = param
    resp = make_response(jsonify(ok=True))
    resp.set_cookie("remember_token", bar, max_age=30 * 24 * 3600)  # want: PY-COOKIE-INSECURE
    return resp
