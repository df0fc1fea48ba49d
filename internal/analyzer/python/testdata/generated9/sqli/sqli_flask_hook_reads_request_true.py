# generated case (gen9): category=sqli rule=PY-SQLI fw=flask shape=flask_hook_reads_request expected=true
import sqlite3
from flask import Flask, abort, jsonify, make_response, redirect, render_template_string, request, session, url_for

app = Flask(__name__)
app.secret_key = "dev-only"

class Report:
    def run(self):
        conn = sqlite3.connect("app.db")
        return conn.execute("SELECT * FROM events WHERE " + self.where()).fetchall()  # want: PY-SQLI

    def where(self):
        return "1 = 1"


class UserReport(Report):
    def where(self):
        return "user = '" + request.args.get("u", "") + "'"


@app.route("/sqli_flask_hook_reads_request")
def case_flask_hook_reads_request():
    return jsonify(result=str(UserReport().run()))
