# generated case (gen_cases2): rule=PY-SQLI context=flviewrouteparam propagation=int sink=v0 expected=false
import sqlite3

from flask import Flask, jsonify, request
from flask.views import View

app = Flask(__name__)


class HandleSqliView(View):
    def dispatch_request(self, p):
        param = p
        bar = str(int(param))
        conn = sqlite3.connect("app.db")
        cur = conn.cursor()
        cur.execute("SELECT name, email FROM users WHERE id = " + bar)
        result = cur.fetchall()
        return jsonify(result=result)


app.add_url_rule("/sqli/<p>", view_func=HandleSqliView.as_view("sqli"))
