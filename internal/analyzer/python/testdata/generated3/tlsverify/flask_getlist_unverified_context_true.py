# generated case (gen_cases3): category=tlsverify rule=PY-TLS-VERIFY-OFF fw=flask source=getlist variant=unverified_context expected=true
import http.client
import ssl
import urllib.parse

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00745", methods=["GET", "POST"])
def benchmark_test_00745():
    values = request.args.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = param
    ctx = ssl._create_unverified_context()  # want: PY-TLS-VERIFY-OFF
    conn = http.client.HTTPSConnection("partner.example.com", context=ctx)
    conn.request("GET", "/api/lookup?q=" + urllib.parse.quote(bar))
    result = conn.getresponse().status
    return jsonify(result=str(result))
