# NoSQLi: request.args converted to a dict and used as the filter; keys like $where come from the query string
from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
listings = MongoClient()["realestate"]["listings"]


@app.route("/listings")
def search_listings():
    criteria = request.args.to_dict()
    total = listings.count_documents(criteria)  # want: PY-NOSQLI
    return jsonify(total=total)
