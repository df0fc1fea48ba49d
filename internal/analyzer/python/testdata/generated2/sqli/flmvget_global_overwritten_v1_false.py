# generated case (gen_cases2): rule=PY-SQLI context=flmvget propagation=global_overwritten sink=v1 expected=false
import sqlite3

from flask import Flask, jsonify, request
from flask.views import MethodView

app = Flask(__name__)


LAST = ""


class HandleSqliView(MethodView):
    def get(self):
        param = request.args.get("p", "")
        global LAST
        LAST = param
        LAST = "safe"
        bar = LAST
        conn = sqlite3.connect("app.db")
        result = conn.execute(f"SELECT sku, qty FROM stock WHERE qty > {bar}").fetchall()
        return jsonify(result=result)


app.add_url_rule("/sqli", view_func=HandleSqliView.as_view("sqli"))
