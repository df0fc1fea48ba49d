# NoSQLi FALSE: string route parameter converted to a bson ObjectId before use in the filter
from bson import ObjectId
from flask import Flask, abort, jsonify
from pymongo import MongoClient

app = Flask(__name__)
orders = MongoClient()["shop"]["orders"]


@app.route("/orders/<order_id>")
def get_order(order_id):
    doc = orders.find_one({"_id": ObjectId(order_id)})
    if doc is None:
        abort(404)
    return jsonify(status=doc["status"])
