# SSRF FALSE: the user value is URL-quoted into a query string of a constant https host
from urllib.parse import quote

import httpx
from flask import Flask, jsonify, request

app = Flask(__name__)
client = httpx.Client(proxy="http://egress.internal:3128", timeout=5.0)


@app.route("/weather")
def weather():
    city = request.args.get("city", "Berlin")
    r = client.get("https://weather.example.com/v1/current?city=" + quote(city, safe=""))
    return jsonify(r.json())
