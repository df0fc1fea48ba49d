# SSRF FALSE: item id converted with int() in the path of a constant host (no proxy -> only SSRF-2)
import requests
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/catalog/item")
def catalog_item():
    item = request.args.get("id", "0")
    r = requests.get(f"https://api.catalog.example.com/items/{int(item)}", timeout=5)  # want: PY-HTTP-NO-PROXY
    return jsonify(r.json())
