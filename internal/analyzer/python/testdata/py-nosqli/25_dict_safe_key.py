# NoSQLi FALSE: JSON body stored under one key but the filter uses the constant entry
from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
events = MongoClient()["app"]["events"]


@app.route("/events/cleanup", methods=["POST"])
def cleanup():
    filters = {"custom": request.get_json(), "default": {"level": "debug"}}
    selected = filters["default"]
    result = events.delete_many(selected)
    return jsonify(deleted=result.deleted_count)
