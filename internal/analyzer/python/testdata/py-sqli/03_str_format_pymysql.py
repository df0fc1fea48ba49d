# SQLi: customer email from JSON body placed into SQL with str.format and run through pymysql
import pymysql
from flask import Flask, jsonify, request

app = Flask(__name__)


def get_conn():
    return pymysql.connect(host="mysql", user="shop", database="shop")


@app.route("/api/customers/lookup", methods=["POST"])
def lookup_customer():
    payload = request.get_json()
    email = payload["email"]
    query = "SELECT id, full_name FROM customers WHERE email = '{}'".format(email)
    conn = get_conn()
    cur = conn.cursor()
    cur.execute(query)  # want: PY-SQLI
    row = cur.fetchone()
    return jsonify({"id": row[0], "name": row[1]} if row else {})
