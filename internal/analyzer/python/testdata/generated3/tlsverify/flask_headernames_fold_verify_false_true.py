# generated case (gen_cases3): category=tlsverify rule=PY-TLS-VERIFY-OFF fw=flask source=headernames variant=fold_verify_false expected=true
import requests

from flask import Flask, jsonify, request

app = Flask(__name__)
STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


@app.route("/00751", methods=["GET", "POST"])
def benchmark_test_00751():
    param = ""
    for name in request.headers.keys():
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = param
    verify_flag = (7 * 18) + 106 < 200
    resp = requests.get("https://partner.example.com/api/lookup", params={"q": bar}, verify=verify_flag, proxies=PROXIES, timeout=5)  # want: PY-TLS-VERIFY-OFF
    result = resp.status_code
    return jsonify(result=str(result))
