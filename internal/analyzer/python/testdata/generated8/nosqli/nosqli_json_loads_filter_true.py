# generated case (gen8): category=nosqli rule=PY-NOSQLI fw=flask shape=json_loads_filter expected=true
from pymongo import MongoClient
import json
from flask import Flask, jsonify, make_response, redirect, request, session

app = Flask(__name__)
app.secret_key = "dev-only"

db = MongoClient("mongodb://localhost:27017")["shop"]


@app.route("/nosqli_json_loads_filter", methods=["GET", "POST"])
def case_json_loads_filter():
    param = request.form.get("q", "")
    flt = json.loads(param or "{}")
    docs = list(db.orders.find(flt))  # want: PY-NOSQLI
    return jsonify(result=str(len(docs)))
