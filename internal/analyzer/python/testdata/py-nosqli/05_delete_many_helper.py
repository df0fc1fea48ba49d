# NoSQLi: helper in the same file builds a delete filter from the JSON body
from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
notifications = MongoClient()["app"]["notifications"]


def build_filter(payload):
    flt = {"archived": True}
    flt.update(payload.get("match", {}))
    return flt


@app.route("/notifications/purge", methods=["POST"])
def purge():
    result = notifications.delete_many(build_filter(request.get_json()))  # want: PY-NOSQLI
    return jsonify(deleted=result.deleted_count)
