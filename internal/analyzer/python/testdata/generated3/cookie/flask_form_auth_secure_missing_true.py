# generated case (gen_cases3): category=cookie rule=PY-COOKIE-INSECURE fw=flask source=form variant=auth_secure_missing expected=true
from flask import Flask, jsonify, make_response, request

app = Flask(__name__)


@app.route("/00622", methods=["POST"])
def benchmark_test_00622():
    param = request.form.get("BenchmarkTest", "")
    bar = param
    resp = make_response(jsonify(ok=True))
    resp.set_cookie("auth_token", bar, httponly=True, samesite="Lax")  # want: PY-COOKIE-INSECURE
    return resp
