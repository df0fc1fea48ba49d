# generated case (gen9): category=nosqli rule=PY-NOSQLI fw=flask shape=nested_and_filter expected=true
from pymongo import MongoClient
from flask import Flask, abort, jsonify, make_response, redirect, render_template_string, request, session, url_for

app = Flask(__name__)
app.secret_key = "dev-only"

db = MongoClient("mongodb://localhost:27017")["shop"]


@app.route("/nosqli_nested_and_filter", methods=["GET", "POST"])
def case_nested_and_filter():
    param = request.args.get("q", "")
    data = request.get_json(silent=True) or {}
    docs = list(db.users.find({"$and": [{"active": True}, data.get("filter", {})]}))  # want: PY-NOSQLI
    return jsonify(result=str([param, len(docs)]))
