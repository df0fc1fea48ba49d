# generated case (gen_cases3): category=tlsverify rule=PY-TLS-VERIFY-OFF fw=flask source=pathparam variant=fold_verify_true expected=false
import requests

from flask import Flask, jsonify, request

app = Flask(__name__)
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


@app.route("/00764/<test_id>", methods=["GET", "POST"])
def benchmark_test_00764(test_id):
    param = test_id
    bar = param
    verify_flag = (7 * 18) + 106 > 200
    resp = requests.get("https://partner.example.com/api/lookup", params={"q": bar}, verify=verify_flag, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return jsonify(result=str(result))
