# generated case: rule=PY-SSRF source=args propagation=dict_get_keyA sink=v0 expected=false
import requests

from flask import Flask, jsonify, request

app = Flask(__name__)
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


@app.route("/ssrf")
def handle_ssrf():
    param = request.args.get("p", "")
    m = {"keyA": "a_Value", "keyB": param}
    bar = m.get("keyA", "")
    resp = requests.get(bar, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return jsonify(result=result)
