# generated case: rule=PY-NOSQLI source=form propagation=setter_getter sink=v1 expected=true
import json

from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient("mongodb://localhost:27017")["app"]


class Store:
    def __init__(self):
        self._item = "empty"

    def put(self, item):
        self._item = item

    def take(self):
        return self._item


@app.route("/nosqli", methods=["POST"])
def handle_nosqli():
    param = request.form["p"]
    store = Store()
    store.put(param)
    bar = store.take()
    docs = list(db.users.find({"name": json.loads(bar)}))  # want: PY-NOSQLI
    result = len(docs)
    return jsonify(result=result)
