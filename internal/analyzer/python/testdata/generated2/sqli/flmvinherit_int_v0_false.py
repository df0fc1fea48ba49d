# generated case (gen_cases2): rule=PY-SQLI context=flmvinherit propagation=int sink=v0 expected=false
import sqlite3

from flask import Flask, jsonify, request
from flask.views import MethodView

app = Flask(__name__)


class BaseLookupView(MethodView):
    def get(self):
        param = request.args.get("p", "")
        bar = str(int(param))
        conn = sqlite3.connect("app.db")
        cur = conn.cursor()
        cur.execute("SELECT name, email FROM users WHERE id = " + bar)
        result = cur.fetchall()
        return jsonify(result=result)


class HandleSqliView(BaseLookupView):
    init_every_request = False


app.add_url_rule("/sqli", view_func=HandleSqliView.as_view("sqli"))
