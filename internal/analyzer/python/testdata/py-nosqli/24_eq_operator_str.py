# NoSQLi FALSE: value wrapped in an explicit $eq with str(), so an object payload cannot change the operator
from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
tickets = MongoClient()["support"]["tickets"]


@app.route("/tickets/by-email", methods=["POST"])
def by_email():
    email = str(request.get_json().get("email", ""))
    n = tickets.count_documents({"email": {"$eq": email}})
    return jsonify(count=n)
