# generated case (gen_cases3): category=cookie rule=PY-COOKIE-INSECURE fw=flask source=headernames variant=session_samesite_none expected=true
from flask import Flask, jsonify, make_response, request

app = Flask(__name__)
STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


@app.route("/00631", methods=["GET", "POST"])
def benchmark_test_00631():
    param = ""
    for name in request.headers.keys():
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = param
    resp = make_response(jsonify(ok=True))
    resp.set_cookie("sessionid", bar, secure=True, httponly=True, samesite=None)  # want: PY-COOKIE-INSECURE
    return resp
