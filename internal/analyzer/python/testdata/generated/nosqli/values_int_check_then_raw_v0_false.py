# generated case: rule=PY-NOSQLI source=values propagation=int_check_then_raw sink=v0 expected=false
from flask import Flask, abort, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient("mongodb://localhost:27017")["app"]


@app.route("/nosqli")
def handle_nosqli():
    param = request.values.get("p", "")
    try:
        int(param)
    except ValueError:
        abort(400)
    bar = param
    docs = list(db.users.find({"$where": "this.age > " + bar}))
    result = len(docs)
    return jsonify(result=result)
