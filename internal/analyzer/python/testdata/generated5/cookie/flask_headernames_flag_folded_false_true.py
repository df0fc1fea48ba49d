# generated case (gen_cases5): category=cookie rule=PY-COOKIE-INSECURE fw=flask source=headernames shape=flag_folded_false expected=true
from flask import Flask, jsonify, make_response, request

app = Flask(__name__)
STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


@app.route("/00247", methods=["GET", "POST"])
def benchmark_test_00247():
    param = ""
    for name in request.headers.keys():
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = param
    secure_flag = len("https") == 4
    resp = make_response(jsonify(ok=True))
    resp.set_cookie("session_token", bar, secure=secure_flag, httponly=True, samesite="Lax")  # want: PY-COOKIE-INSECURE
    return resp
