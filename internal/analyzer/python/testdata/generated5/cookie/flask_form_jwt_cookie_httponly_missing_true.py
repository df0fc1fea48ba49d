# generated case (gen_cases5): category=cookie rule=PY-COOKIE-INSECURE fw=flask source=form shape=jwt_cookie_httponly_missing expected=true
from flask import Flask, jsonify, make_response, request

app = Flask(__name__)


@app.route("/00238", methods=["POST"])
def benchmark_test_00238():
    param = request.form.get("BenchmarkTest", "")
    bar = param
    resp = make_response(jsonify(ok=True))
    resp.set_cookie("access_jwt", bar, secure=True, samesite="Strict")  # want: PY-COOKIE-INSECURE
    return resp
