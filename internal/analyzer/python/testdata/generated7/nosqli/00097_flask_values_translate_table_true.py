# generated case (gen_cases7): category=nosqli rule=PY-NOSQLI fw=flask source=values shape=translate_table sink=v0 expected=true
from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient("mongodb://localhost:27017")["shop"]


@app.route("/case-00097", methods=["GET", "POST"])
def case_00097():
    param = request.values.get("q", "")
    bar = param.translate({ord("a"): "b"})
    docs = list(db.products.find({"$where": "this.name == '" + bar + "'"}))  # want: PY-NOSQLI
    result = len(docs)
    return jsonify(result=str(result))
