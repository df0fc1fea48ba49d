# generated case (gen_cases4): category=tlsverify rule=PY-TLS-VERIFY-OFF fw=flask source=getdata shape=sslcontext_tls_client sink=config expected=false
import http.client
import ssl
import urllib.parse

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00593", methods=["POST"])
def benchmark_test_00593():
    param = request.get_data(as_text=True)
    bar = param
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.load_default_certs()
    conn = http.client.HTTPSConnection("partner.example.com", context=ctx)
    conn.request("GET", "/api/lookup?q=" + urllib.parse.quote(bar))
    result = conn.getresponse().status
    return jsonify(result=str(result))
