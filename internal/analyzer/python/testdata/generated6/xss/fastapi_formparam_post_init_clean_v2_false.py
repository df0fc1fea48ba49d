# generated case (gen_cases6): category=xss rule=PY-XSS fw=fastapi source=formparam shape=post_init_clean sink=v2 expected=false
import re

from dataclasses import dataclass
from fastapi import FastAPI, Form, Request
from fastapi.responses import HTMLResponse

app = FastAPI()


@dataclass
class Search:
    term: str

    def __post_init__(self):
        self.term = re.sub(r"[^A-Za-z0-9]", "", self.term)


@dataclass
class LooseSearch:
    term: str

    def __post_init__(self):
        self.term = self.term.strip()


@app.post("/00282")
def benchmark_test_00282(request: Request, BenchmarkTest: str = Form("")):
    param = BenchmarkTest
    bar = Search(param).term
    return HTMLResponse(f"<p>Formatted like: {bar}</p>")
