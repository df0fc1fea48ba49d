# generated case: rule=PY-NOSQLI source=argstypeint propagation=direct sink=v0 expected=false
from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient("mongodb://localhost:27017")["app"]


@app.route("/nosqli")
def handle_nosqli():
    param = str(request.args.get("p", default=0, type=int))
    bar = param
    docs = list(db.users.find({"$where": "this.age > " + bar}))
    result = len(docs)
    return jsonify(result=result)
