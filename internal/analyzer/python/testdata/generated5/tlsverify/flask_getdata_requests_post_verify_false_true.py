# generated case (gen_cases5): category=tlsverify rule=PY-TLS-VERIFY-OFF fw=flask source=getdata shape=requests_post_verify_false expected=true
import requests

from flask import Flask, jsonify, request

app = Flask(__name__)
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


@app.route("/00153", methods=["POST"])
def benchmark_test_00153():
    param = request.get_data(as_text=True)
    bar = param
    resp = requests.post("https://partner.example.com/api/lookup", data={"q": bar}, verify=False, proxies=PROXIES, timeout=5)  # want: PY-TLS-VERIFY-OFF
    result = resp.status_code
    return jsonify(result=str(result))
