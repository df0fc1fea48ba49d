# generated case (gen_cases2): rule=PY-SQLI context=flmvget propagation=listofdicts_other sink=v1 expected=false
import sqlite3

from flask import Flask, jsonify, request
from flask.views import MethodView

app = Flask(__name__)


class HandleSqliView(MethodView):
    def get(self):
        param = request.args.get("p", "")
        rows = [{"n": "safe"}, {"n": param}]
        bar = rows[0]["n"]
        conn = sqlite3.connect("app.db")
        result = conn.execute(f"SELECT sku, qty FROM stock WHERE qty > {bar}").fetchall()
        return jsonify(result=result)


app.add_url_rule("/sqli", view_func=HandleSqliView.as_view("sqli"))
