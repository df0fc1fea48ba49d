# generated case (gen8): category=nosqli rule=PY-NOSQLI fw=flask shape=where_json_dumps_literal expected=false
from pymongo import MongoClient
import json
from flask import Flask, jsonify, make_response, redirect, request, session

app = Flask(__name__)
app.secret_key = "dev-only"

db = MongoClient("mongodb://localhost:27017")["shop"]


@app.route("/nosqli_where_json_dumps_literal", methods=["GET", "POST"])
def case_where_json_dumps_literal():
    param = (request.get_json(silent=True) or {}).get("q", "")
    docs = list(db.notes.find({"$where": "this.owner == " + json.dumps(param)}))
    return jsonify(result=str(len(docs)))
