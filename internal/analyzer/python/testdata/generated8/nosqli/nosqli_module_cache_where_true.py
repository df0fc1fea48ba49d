# generated case (gen8): category=nosqli rule=PY-NOSQLI fw=flask shape=module_cache_where expected=true
from pymongo import MongoClient
from flask import Flask, jsonify, make_response, redirect, request, session

app = Flask(__name__)
app.secret_key = "dev-only"

db = MongoClient("mongodb://localhost:27017")["shop"]
LAST = {}


@app.route("/nosqli_module_cache_where", methods=["GET", "POST"])
def case_module_cache_where():
    param = request.args.get("q", "")
    LAST["expr"] = "this.owner == '" + param + "'"
    docs = list(db.notes.find({"$where": LAST["expr"]}))  # want: PY-NOSQLI
    return jsonify(result=str(len(docs)))
