# generated case (gen_cases7): category=sqli rule=PY-SQLI fw=flask source=header shape=executemany_fstring sink=specific expected=true
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/case-00220", methods=["GET", "POST"])
def case_00220():
    param = request.headers.get("X-Query", "")
    bar = param
    conn = sqlite3.connect("shop.db")
    conn.executemany(f"INSERT INTO audit (who, n) VALUES ('{bar}', ?)", [(1,), (2,)])  # want: PY-SQLI
    conn.commit()
    result = True
    return jsonify(result=str(result))
