# generated case (gen_cases4): category=cookie rule=PY-COOKIE-INSECURE fw=flask source=header shape=flags_from_true_var sink=config expected=false
from flask import Flask, jsonify, make_response, request

app = Flask(__name__)


@app.route("/00543", methods=["GET", "POST"])
def benchmark_test_00543():
    param = request.headers.get("Referer", "")
    bar = param
    secure_cookies = True
    resp = make_response(jsonify(ok=True))
    resp.set_cookie("session_token", bar, secure=secure_cookies, httponly=secure_cookies, samesite="Lax")
    return resp
