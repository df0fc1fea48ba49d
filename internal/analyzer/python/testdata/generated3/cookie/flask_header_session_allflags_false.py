# generated case (gen_cases3): category=cookie rule=PY-COOKIE-INSECURE fw=flask source=header variant=session_allflags expected=false
from flask import Flask, jsonify, make_response, request

app = Flask(__name__)


@app.route("/00632", methods=["GET", "POST"])
def benchmark_test_00632():
    param = request.headers.get("Referer", "")
    bar = param
    resp = make_response(jsonify(ok=True))
    resp.set_cookie("session_token", bar, secure=True, httponly=True, samesite="Lax")
    return resp
