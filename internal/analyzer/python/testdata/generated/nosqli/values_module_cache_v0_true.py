# generated case: rule=PY-NOSQLI source=values propagation=module_cache sink=v0 expected=true
from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient("mongodb://localhost:27017")["app"]


CACHE = {}


@app.route("/nosqli")
def handle_nosqli():
    param = request.values.get("p", "")
    CACHE["last"] = param
    bar = CACHE["last"]
    docs = list(db.users.find({"$where": "this.age > " + bar}))  # want: PY-NOSQLI
    result = len(docs)
    return jsonify(result=result)
