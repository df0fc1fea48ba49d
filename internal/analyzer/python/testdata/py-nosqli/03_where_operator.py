# NoSQLi: request value embedded in a $where JavaScript expression
from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
products = MongoClient()["shop"]["products"]


@app.route("/products/by-brand")
def by_brand():
    brand = request.args.get("brand", "")
    cursor = products.find({"$where": f"this.brand == '{brand}'"})  # want: PY-NOSQLI
    return jsonify([p["name"] for p in cursor])
