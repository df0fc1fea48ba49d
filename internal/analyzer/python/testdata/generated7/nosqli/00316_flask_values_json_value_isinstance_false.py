# generated case (gen_cases7): category=nosqli rule=PY-NOSQLI fw=flask source=values shape=json_value_isinstance sink=specific expected=false
import json

from flask import Flask, abort, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient("mongodb://localhost:27017")["shop"]


@app.route("/case-00316", methods=["GET", "POST"])
def case_00316():
    param = request.values.get("q", "")
    bar = param
    data = json.loads(bar)
    name = data.get("name")
    if not isinstance(name, str):
        abort(400)
    docs = list(db.users.find({"name": name}))
    result = len(docs)
    return jsonify(result=str(result))
