# generated case (gen9): category=sqli rule=PY-SQLI fw=flask shape=base_hook_override expected=true
import sqlite3
from flask import Flask, abort, jsonify, make_response, redirect, render_template_string, request, session, url_for

app = Flask(__name__)
app.secret_key = "dev-only"

class QueryBase:
    def run(self, cur, value):
        cur.execute(self.build(value))  # want: PY-SQLI
        return cur.fetchall()

    def build(self, value):
        return "SELECT 1"


class UserQuery(QueryBase):
    def build(self, value):
        return "SELECT * FROM users WHERE name = '" + value + "'"


@app.route("/sqli_base_hook_override", methods=["GET", "POST"])
def case_base_hook_override():
    param = request.args.get("q", "")
    conn = sqlite3.connect("app.db")
    rows = UserQuery().run(conn.cursor(), param)
    return jsonify(result=str(rows))
