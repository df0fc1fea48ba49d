# generated case (gen_cases7): category=nosqli rule=PY-NOSQLI fw=flask source=form shape=where_numeric sink=specific expected=true
from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient("mongodb://localhost:27017")["shop"]


@app.route("/case-00313", methods=["POST"])
def case_00313():
    param = request.form.get("q", "")
    bar = param
    docs = list(db.products.find({"$where": f"this.stock > {bar}"}))  # want: PY-NOSQLI
    result = len(docs)
    return jsonify(result=str(result))
