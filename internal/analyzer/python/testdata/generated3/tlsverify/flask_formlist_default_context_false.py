# generated case (gen_cases3): category=tlsverify rule=PY-TLS-VERIFY-OFF fw=flask source=formlist variant=default_context expected=false
import http.client
import ssl
import urllib.parse

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00763", methods=["POST"])
def benchmark_test_00763():
    param = " ".join(request.form.getlist("BenchmarkTest"))
    bar = param
    ctx = ssl.create_default_context()
    conn = http.client.HTTPSConnection("partner.example.com", context=ctx)
    conn.request("GET", "/api/lookup?q=" + urllib.parse.quote(bar))
    result = conn.getresponse().status
    return jsonify(result=str(result))
