# SSRF: tainted host placed in the authority part of the URL (proxied, so only SSRF)
import requests
from flask import Flask, jsonify, request

app = Flask(__name__)
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


@app.route("/inventory/sync", methods=["POST"])
def sync_inventory():
    warehouse = request.form["warehouse_host"]
    r = requests.post(f"http://{warehouse}/api/v1/stock", json={"full": True}, proxies=PROXIES, timeout=10)  # want: PY-SSRF
    return jsonify(ok=r.ok)
