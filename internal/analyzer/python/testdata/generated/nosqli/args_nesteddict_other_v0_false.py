# generated case: rule=PY-NOSQLI source=args propagation=nesteddict_other sink=v0 expected=false
from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient("mongodb://localhost:27017")["app"]


@app.route("/nosqli")
def handle_nosqli():
    param = request.args.get("p", "")
    m = {"outer": {"inner": param, "other": "safe"}}
    bar = m["outer"]["other"]
    docs = list(db.users.find({"$where": "this.age > " + bar}))
    result = len(docs)
    return jsonify(result=result)
