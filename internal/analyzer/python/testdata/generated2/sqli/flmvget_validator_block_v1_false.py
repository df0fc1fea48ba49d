# generated case (gen_cases2): rule=PY-SQLI context=flmvget propagation=validator_block sink=v1 expected=false
import re
import sqlite3

from flask import Flask, jsonify, request
from flask.views import MethodView

app = Flask(__name__)


def is_valid(value):
    return re.fullmatch(r"[a-z0-9]{1,32}", value) is not None


class HandleSqliView(MethodView):
    def get(self):
        param = request.args.get("p", "")
        bar = param
        result = None
        if is_valid(bar):
            conn = sqlite3.connect("app.db")
            result = conn.execute(f"SELECT sku, qty FROM stock WHERE qty > {bar}").fetchall()
        return jsonify(result=result)


app.add_url_rule("/sqli", view_func=HandleSqliView.as_view("sqli"))
