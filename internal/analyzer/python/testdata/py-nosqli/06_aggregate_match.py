# NoSQLi: JSON body placed as the $match stage of an aggregation pipeline
from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
orders = MongoClient()["shop"]["orders"]


@app.route("/stats/orders", methods=["POST"])
def order_stats():
    match = request.get_json().get("match", {})
    pipeline = [{"$match": match}, {"$group": {"_id": "$status", "n": {"$sum": 1}}}]
    return jsonify(list(orders.aggregate(pipeline)))  # want: PY-NOSQLI
