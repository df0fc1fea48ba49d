# NoSQLi FALSE: numeric filter values converted with int()
from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
products = MongoClient()["shop"]["products"]


@app.route("/products")
def products_by_price():
    max_price = int(request.args.get("max_price", "100"))
    stock = int(request.json.get("min_stock", 0)) if request.is_json else 0
    cursor = products.find({"price": {"$lte": max_price}, "stock": {"$gte": stock}})
    return jsonify([p["name"] for p in cursor])
