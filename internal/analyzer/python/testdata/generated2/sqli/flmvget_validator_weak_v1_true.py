# generated case (gen_cases2): rule=PY-SQLI context=flmvget propagation=validator_weak sink=v1 expected=true
import sqlite3

from flask import Flask, abort, jsonify, request
from flask.views import MethodView

app = Flask(__name__)


def is_short(value):
    return len(value) < 64


class HandleSqliView(MethodView):
    def get(self):
        param = request.args.get("p", "")
        if not is_short(param):
            abort(400)
        bar = param
        conn = sqlite3.connect("app.db")
        result = conn.execute(f"SELECT sku, qty FROM stock WHERE qty > {bar}").fetchall()  # want: PY-SQLI
        return jsonify(result=result)


app.add_url_rule("/sqli", view_func=HandleSqliView.as_view("sqli"))
