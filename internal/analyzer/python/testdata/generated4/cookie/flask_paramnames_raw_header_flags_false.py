# generated case (gen_cases4): category=cookie rule=PY-COOKIE-INSECURE fw=flask source=paramnames shape=raw_header_flags sink=config expected=false
from flask import Flask, jsonify, make_response, request

app = Flask(__name__)


@app.route("/00550", methods=["GET", "POST"])
def benchmark_test_00550():
    param = ""
    flag = False
    for name in request.args.keys():
        for value in request.args.getlist(name):
            if value == "BenchmarkTest" and not flag:
                param = name
                flag = True
    bar = param
    resp = make_response(jsonify(ok=True))
    resp.headers["Set-Cookie"] = "session_token=" + bar + "; Path=/; Secure; HttpOnly; SameSite=Lax"
    return resp
