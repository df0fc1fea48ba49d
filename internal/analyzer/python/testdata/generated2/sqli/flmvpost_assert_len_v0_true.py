# generated case (gen_cases2): rule=PY-SQLI context=flmvpost propagation=assert_len sink=v0 expected=true
import sqlite3

from flask import Flask, jsonify, request
from flask.views import MethodView

app = Flask(__name__)


class HandleSqliView(MethodView):
    def post(self):
        param = request.form["p"]
        assert len(param) < 100
        bar = param
        conn = sqlite3.connect("app.db")
        cur = conn.cursor()
        cur.execute("SELECT name, email FROM users WHERE id = " + bar)  # want: PY-SQLI
        result = cur.fetchall()
        return jsonify(result=result)


app.add_url_rule("/sqli", view_func=HandleSqliView.as_view("sqli"))
