# generated case (gen_cases3): category=tlsverify rule=PY-TLS-VERIFY-OFF fw=flask source=values variant=cert_none expected=true
import http.client
import ssl
import urllib.parse

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00746", methods=["GET", "POST"])
def benchmark_test_00746():
    param = request.values.get("BenchmarkTest", "")
    bar = param
    ctx = ssl.create_default_context()
    ctx.check_hostname = False  # want: PY-TLS-VERIFY-OFF
    ctx.verify_mode = ssl.CERT_NONE  # want: PY-TLS-VERIFY-OFF
    conn = http.client.HTTPSConnection("partner.example.com", context=ctx)
    conn.request("GET", "/api/lookup?q=" + urllib.parse.quote(bar))
    result = conn.getresponse().status
    return jsonify(result=str(result))
