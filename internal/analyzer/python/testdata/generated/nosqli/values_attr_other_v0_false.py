# generated case: rule=PY-NOSQLI source=values propagation=attr_other sink=v0 expected=false
from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient("mongodb://localhost:27017")["app"]


class Box:
    pass


@app.route("/nosqli")
def handle_nosqli():
    param = request.values.get("p", "")
    box = Box()
    box.value = param
    box.other = "safe"
    bar = box.other
    docs = list(db.users.find({"$where": "this.age > " + bar}))
    result = len(docs)
    return jsonify(result=result)
