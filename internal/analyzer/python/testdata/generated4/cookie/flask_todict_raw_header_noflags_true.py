# generated case (gen_cases4): category=cookie rule=PY-COOKIE-INSECURE fw=flask source=todict shape=raw_header_noflags sink=config expected=true
from flask import Flask, jsonify, make_response, request

app = Flask(__name__)


@app.route("/00549", methods=["GET", "POST"])
def benchmark_test_00549():
    param = request.args.to_dict().get("BenchmarkTest", "")
    bar = param
    resp = make_response(jsonify(ok=True))
    resp.headers["Set-Cookie"] = "session_token=" + bar + "; Path=/"  # want: PY-COOKIE-INSECURE
    return resp
