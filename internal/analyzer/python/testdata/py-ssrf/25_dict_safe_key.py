# SSRF FALSE: endpoint dict has the tainted value under "custom", but the "default" entry is used
import requests
from flask import Flask, jsonify, request

app = Flask(__name__)
PROXIES = {"https": "http://egress.internal:3128"}


@app.route("/shipping/quote")
def shipping_quote():
    endpoints = {"custom": request.args.get("carrier_url", ""), "default": "https://carrier.example.com/quote"}
    r = requests.post(endpoints["default"], json={"weight": 2}, proxies=PROXIES, timeout=5)
    return jsonify(r.json())
