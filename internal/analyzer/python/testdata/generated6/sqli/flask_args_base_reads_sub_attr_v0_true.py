# generated case (gen_cases6): category=sqli rule=PY-SQLI fw=flask source=args shape=base_reads_sub_attr sink=v0 expected=true
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


class BaseQuery:
    def render(self):
        return self.prefix() + self.term

    def prefix(self):
        return ""


class TermQuery(BaseQuery):
    def __init__(self, term):
        self.term = term


class FixedQuery(BaseQuery):
    def __init__(self, term):
        self.raw_term = term
        self.term = "all"


@app.route("/00001", methods=["GET", "POST"])
def benchmark_test_00001():
    param = request.args.get("BenchmarkTest", "")
    bar = TermQuery(param).render()
    conn = sqlite3.connect("benchmark.db")
    cur = conn.cursor()
    cur.execute("SELECT * FROM USERS WHERE USERNAME='foo' and PASSWORD='" + bar + "'")  # want: PY-SQLI
    result = cur.fetchall()
    return jsonify(result=str(result))
