# generated case: rule=PY-NOSQLI source=headers propagation=dictdispatch_safe sink=v0 expected=false
from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient("mongodb://localhost:27017")["app"]


@app.route("/nosqli")
def handle_nosqli():
    param = request.headers.get("X-P", "")
    guess = "ABC"
    target = guess[1]
    bar = {"A": param, "B": "bob", "C": param}[target]
    docs = list(db.users.find({"$where": "this.age > " + bar}))
    result = len(docs)
    return jsonify(result=result)
