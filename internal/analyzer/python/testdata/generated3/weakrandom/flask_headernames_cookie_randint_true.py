# generated case (gen_cases3): category=weakrandom rule=PY-WEAK-RANDOM fw=flask source=headernames variant=cookie_randint expected=true
import random

from flask import Flask, jsonify, make_response, request

app = Flask(__name__)
STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


@app.route("/00717", methods=["GET", "POST"])
def benchmark_test_00717():
    param = ""
    for name in request.headers.keys():
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = param
    value = random.randint(0, 99)  # want: PY-WEAK-RANDOM
    user_id = "User:" + str(value)
    resp = make_response(jsonify(ok=True))
    resp.set_cookie("rememberMe", user_id, secure=True, httponly=True, samesite="Strict")
    return resp
