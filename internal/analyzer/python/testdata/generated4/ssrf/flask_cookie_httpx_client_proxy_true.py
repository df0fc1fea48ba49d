# generated case (gen_cases4): category=ssrf rule=PY-SSRF fw=flask source=cookie shape=httpx_client_proxy sink=specific expected=true
import httpx

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00473", methods=["GET", "POST"])
def benchmark_test_00473():
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    with httpx.Client(proxy="http://egress.internal:3128") as client:
        result = client.get(bar).status_code  # want: PY-SSRF
    return jsonify(result=str(result))
