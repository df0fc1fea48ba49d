# generated case: rule=PY-SSRF source=form propagation=percent_dict_used sink=v1 expected=true
import requests

from flask import Flask, jsonify, request

app = Flask(__name__)
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


@app.route("/ssrf", methods=["POST"])
def handle_ssrf():
    param = request.form["p"]
    bar = "%(b)s" % {"a": "safe", "b": param}
    resp = requests.post(bar + "/hooks/notify", json={"event": "ping"}, proxies=PROXIES, timeout=5)  # want: PY-SSRF
    result = resp.status_code
    return jsonify(result=result)
