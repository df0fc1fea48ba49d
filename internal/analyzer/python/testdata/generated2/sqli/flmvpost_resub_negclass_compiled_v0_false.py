# generated case (gen_cases2): rule=PY-SQLI context=flmvpost propagation=resub_negclass_compiled sink=v0 expected=false
import re
import sqlite3

from flask import Flask, jsonify, request
from flask.views import MethodView

app = Flask(__name__)


NOT_ALNUM = re.compile(r"[^A-Za-z0-9_]")


class HandleSqliView(MethodView):
    def post(self):
        param = request.form["p"]
        bar = NOT_ALNUM.sub("", param)
        conn = sqlite3.connect("app.db")
        cur = conn.cursor()
        cur.execute("SELECT name, email FROM users WHERE id = " + bar)
        result = cur.fetchall()
        return jsonify(result=result)


app.add_url_rule("/sqli", view_func=HandleSqliView.as_view("sqli"))
