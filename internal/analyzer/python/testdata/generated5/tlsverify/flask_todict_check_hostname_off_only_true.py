# generated case (gen_cases5): category=tlsverify rule=PY-TLS-VERIFY-OFF fw=flask source=todict shape=check_hostname_off_only expected=true
import http.client
import ssl
import urllib.parse

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00180", methods=["GET", "POST"])
def benchmark_test_00180():
    param = request.args.to_dict().get("BenchmarkTest", "")
    bar = param
    ctx = ssl.create_default_context()
    ctx.check_hostname = False  # want: PY-TLS-VERIFY-OFF
    conn = http.client.HTTPSConnection("partner.example.com", context=ctx)
    conn.request("GET", "/api/lookup?q=" + urllib.parse.quote(bar))
    result = conn.getresponse().status
    return jsonify(result=str(result))
