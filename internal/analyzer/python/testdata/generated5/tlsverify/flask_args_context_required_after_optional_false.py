# generated case (gen_cases5): category=tlsverify rule=PY-TLS-VERIFY-OFF fw=flask source=args shape=context_required_after_optional expected=false
import http.client
import ssl
import urllib.parse

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00189", methods=["GET", "POST"])
def benchmark_test_00189():
    param = request.args.get("BenchmarkTest", "")
    bar = param
    ctx = ssl.create_default_context()
    ctx.verify_mode = ssl.CERT_OPTIONAL
    ctx.verify_mode = ssl.CERT_REQUIRED
    conn = http.client.HTTPSConnection("partner.example.com", context=ctx)
    conn.request("GET", "/api/lookup?q=" + urllib.parse.quote(bar))
    result = conn.getresponse().status
    return jsonify(result=str(result))
