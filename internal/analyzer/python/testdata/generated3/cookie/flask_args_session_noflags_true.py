# generated case (gen_cases3): category=cookie rule=PY-COOKIE-INSECURE fw=flask source=args variant=session_noflags expected=true
from flask import Flask, jsonify, make_response, request

app = Flask(__name__)


@app.route("/00620", methods=["GET", "POST"])
def benchmark_test_00620():
    param = request.args.get("BenchmarkTest", "")
    bar = param
    resp = make_response(jsonify(ok=True))
    resp.set_cookie("session_token", bar)  # want: PY-COOKIE-INSECURE
    return resp
