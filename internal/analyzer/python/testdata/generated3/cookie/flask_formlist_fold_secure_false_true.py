# generated case (gen_cases3): category=cookie rule=PY-COOKIE-INSECURE fw=flask source=formlist variant=fold_secure_false expected=true
from flask import Flask, jsonify, make_response, request

app = Flask(__name__)


@app.route("/00646", methods=["POST"])
def benchmark_test_00646():
    param = " ".join(request.form.getlist("BenchmarkTest"))
    bar = param
    secure_flag = (7 * 18) + 106 < 200
    resp = make_response(jsonify(ok=True))
    resp.set_cookie("session_token", bar, secure=secure_flag, httponly=True, samesite="Lax")  # want: PY-COOKIE-INSECURE
    return resp
