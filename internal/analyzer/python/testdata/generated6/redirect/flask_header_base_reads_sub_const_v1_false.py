# generated case (gen_cases6): category=redirect rule=PY-OPEN-REDIRECT fw=flask source=header shape=base_reads_sub_const sink=v1 expected=false
from flask import Flask, redirect, request

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


@app.route("/00006", methods=["GET", "POST"])
def benchmark_test_00006():
    param = request.headers.get("Referer", "")
    bar = FixedQuery(param).render()
    return redirect("/" + bar)
