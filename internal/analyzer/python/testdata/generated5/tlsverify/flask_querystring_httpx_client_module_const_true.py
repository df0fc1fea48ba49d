# generated case (gen_cases5): category=tlsverify rule=PY-TLS-VERIFY-OFF fw=flask source=querystring shape=httpx_client_module_const expected=true
import httpx
import urllib.parse

from flask import Flask, jsonify, request

app = Flask(__name__)
VERIFY_TLS = False


@app.route("/00158", methods=["GET", "POST"])
def benchmark_test_00158():
    qs = urllib.parse.parse_qs(request.query_string.decode("utf-8"))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    with httpx.Client(verify=VERIFY_TLS, proxy="http://egress.internal:3128") as client:  # want: PY-TLS-VERIFY-OFF
        result = client.get("https://partner.example.com/api/lookup", params={"q": bar}).status_code
    return jsonify(result=str(result))
