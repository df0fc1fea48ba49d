# generated case (gen_cases2): rule=PY-SQLI context=flmvpost propagation=dataclass_replace sink=v0 expected=true
import dataclasses
import sqlite3

from dataclasses import dataclass
from flask import Flask, jsonify, request
from flask.views import MethodView

app = Flask(__name__)


@dataclass
class Query:
    term: str
    other: str = "safe"


class HandleSqliView(MethodView):
    def post(self):
        param = request.form["p"]
        q = Query(term="safe")
        q2 = dataclasses.replace(q, term=param)
        bar = q2.term
        conn = sqlite3.connect("app.db")
        cur = conn.cursor()
        cur.execute("SELECT name, email FROM users WHERE id = " + bar)  # want: PY-SQLI
        result = cur.fetchall()
        return jsonify(result=result)


app.add_url_rule("/sqli", view_func=HandleSqliView.as_view("sqli"))
