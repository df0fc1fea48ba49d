# SSRF: webhook test sends a request to a user-supplied URL with urllib.request.urlopen
import json
import urllib.request

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/webhooks/test", methods=["POST"])
def test_webhook():
    target = request.get_json()["url"]
    req = urllib.request.Request(target, data=json.dumps({"ping": True}).encode(), headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=5) as resp:  # want: PY-SSRF PY-HTTP-NO-PROXY
        code = resp.status
    return jsonify(delivered=code < 400)
