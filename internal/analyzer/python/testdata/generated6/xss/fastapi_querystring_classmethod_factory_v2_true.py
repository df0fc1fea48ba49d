# generated case (gen_cases6): category=xss rule=PY-XSS fw=fastapi source=querystring shape=classmethod_factory sink=v2 expected=true
import urllib.parse

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

app = FastAPI()
COLUMNS = {"n": "name", "e": "email"}


class Term:
    def __init__(self, text):
        self.text = text

    @classmethod
    def parse(cls, raw):
        return cls(raw.strip())

    @classmethod
    def default(cls, raw):
        return cls("all")

    @staticmethod
    def column(raw):
        return COLUMNS.get(raw, "name")


@app.get("/00059")
def benchmark_test_00059(request: Request):
    qs = urllib.parse.parse_qs(request.url.query)
    param = qs.get("BenchmarkTest", [""])[0]
    bar = Term.parse(param).text
    return HTMLResponse(f"<p>Formatted like: {bar}</p>")  # want: PY-XSS
