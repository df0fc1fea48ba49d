# SSRF FALSE: the tainted URL variable is reassigned to the configured endpoint before the request
import requests
from flask import Flask, jsonify, request

app = Flask(__name__)
PROXIES = {"https": "http://egress.internal:3128"}


@app.route("/exchange-rates")
def exchange_rates():
    source = request.args.get("source", "")
    source = "https://rates.example.com/latest.json"
    r = requests.get(source, proxies=PROXIES, timeout=5)
    return jsonify(r.json())
