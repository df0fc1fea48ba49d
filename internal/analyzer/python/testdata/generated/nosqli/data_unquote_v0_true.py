# generated case: rule=PY-NOSQLI source=data propagation=unquote sink=v0 expected=true
import urllib.parse

from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient("mongodb://localhost:27017")["app"]


@app.route("/nosqli", methods=["POST"])
def handle_nosqli():
    param = request.data.decode("utf-8")
    bar = urllib.parse.unquote(param)
    docs = list(db.users.find({"$where": "this.age > " + bar}))  # want: PY-NOSQLI
    result = len(docs)
    return jsonify(result=result)
