# generated case (gen_cases4): category=tlsverify rule=PY-TLS-VERIFY-OFF fw=flask source=header shape=poolmanager_cert_none sink=config expected=true
import ssl
import urllib3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00599", methods=["GET", "POST"])
def benchmark_test_00599():
    param = request.headers.get("Referer", "")
    bar = param
    http = urllib3.ProxyManager("http://egress.internal:3128", cert_reqs=ssl.CERT_NONE)  # want: PY-TLS-VERIFY-OFF
    resp = http.request("GET", "https://partner.example.com/api/lookup", fields={"q": bar})
    result = resp.status
    return jsonify(result=str(result))
