# generated case (gen_cases2): rule=PY-SQLI context=flmvpost propagation=walrus_len sink=v0 expected=false
import sqlite3

from flask import Flask, jsonify, request
from flask.views import MethodView

app = Flask(__name__)


class HandleSqliView(MethodView):
    def post(self):
        param = request.form["p"]
        bar = "empty"
        if (n := len(param)) > 0:
            bar = str(n)
        conn = sqlite3.connect("app.db")
        cur = conn.cursor()
        cur.execute("SELECT name, email FROM users WHERE id = " + bar)
        result = cur.fetchall()
        return jsonify(result=result)


app.add_url_rule("/sqli", view_func=HandleSqliView.as_view("sqli"))
