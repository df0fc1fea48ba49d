# generated case: rule=PY-SQLI source=cookies propagation=dictupdate_keyB sink=v1 expected=true
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/sqli")
def handle_sqli():
    param = request.cookies.get("p", "")
    m = {"keyA": "a_Value"}
    m.update({"keyB": param})
    bar = m["keyB"]
    conn = sqlite3.connect("app.db")
    result = conn.execute(f"SELECT sku, qty FROM stock WHERE qty > {bar}").fetchall()  # want: PY-SQLI
    return jsonify(result=result)
