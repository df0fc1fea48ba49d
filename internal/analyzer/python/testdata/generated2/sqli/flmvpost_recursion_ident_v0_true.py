# generated case (gen_cases2): rule=PY-SQLI context=flmvpost propagation=recursion_ident sink=v0 expected=true
import sqlite3

from flask import Flask, jsonify, request
from flask.views import MethodView

app = Flask(__name__)


def unwrap(value, depth):
    if depth <= 0:
        return value
    return unwrap(value, depth - 1)


class HandleSqliView(MethodView):
    def post(self):
        param = request.form["p"]
        bar = unwrap(param, 3)
        conn = sqlite3.connect("app.db")
        cur = conn.cursor()
        cur.execute("SELECT name, email FROM users WHERE id = " + bar)  # want: PY-SQLI
        result = cur.fetchall()
        return jsonify(result=result)


app.add_url_rule("/sqli", view_func=HandleSqliView.as_view("sqli"))
