# generated case (gen_cases4): category=ssrf rule=PY-SSRF fw=flask source=todict shape=ternary_module_flag_taint sink=v0 expected=true
import requests

from flask import Flask, jsonify, request

app = Flask(__name__)
STRICT_MODE = True
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


@app.route("/00199", methods=["GET", "POST"])
def benchmark_test_00199():
    param = request.args.to_dict().get("BenchmarkTest", "")
    bar = param if STRICT_MODE else "safe"
    resp = requests.get(bar, proxies=PROXIES, timeout=5)  # want: PY-SSRF
    result = resp.status_code
    return jsonify(result=str(result))
