# generated case (gen_cases4): category=tlsverify rule=PY-TLS-VERIFY-OFF fw=flask source=formlist shape=verify_config_true sink=config expected=false
import requests

from flask import Flask, jsonify, request

app = Flask(__name__)
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}
SETTINGS = {"verify": True, "timeout": 5}


@app.route("/00590", methods=["POST"])
def benchmark_test_00590():
    param = " ".join(request.form.getlist("BenchmarkTest"))
    bar = param
    resp = requests.get("https://partner.example.com/api/lookup", params={"q": bar}, verify=SETTINGS["verify"], proxies=PROXIES, timeout=5)
    result = resp.status_code
    return jsonify(result=str(result))
