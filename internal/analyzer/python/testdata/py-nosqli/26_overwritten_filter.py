# NoSQLi FALSE: the tainted filter variable is replaced by a constant filter before the query
from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
reports = MongoClient()["app"]["reports"]


@app.route("/reports/count", methods=["POST"])
def count_reports():
    flt = request.get_json()
    flt = {"status": "open"}
    return jsonify(n=reports.count_documents(flt))
