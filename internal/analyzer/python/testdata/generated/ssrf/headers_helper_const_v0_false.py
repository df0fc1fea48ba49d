# generated case: rule=PY-SSRF source=headers propagation=helper_const sink=v0 expected=false
import requests

from flask import Flask, jsonify, request

app = Flask(__name__)
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


def do_something(value):
    return "safe!"


@app.route("/ssrf")
def handle_ssrf():
    param = request.headers.get("X-P", "")
    bar = do_something(param)
    resp = requests.get(bar, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return jsonify(result=result)
