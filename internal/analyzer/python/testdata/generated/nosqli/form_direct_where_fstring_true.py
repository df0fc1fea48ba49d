# generated case: rule=PY-NOSQLI source=form propagation=direct sink=where_fstring expected=true
from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient("mongodb://localhost:27017")["app"]


@app.route("/nosqli", methods=["POST"])
def handle_nosqli():
    param = request.form["p"]
    bar = param
    n = db.users.count_documents({"$where": f"this.name == '{bar}'"})  # want: PY-NOSQLI
    result = n
    return jsonify(result=result)
