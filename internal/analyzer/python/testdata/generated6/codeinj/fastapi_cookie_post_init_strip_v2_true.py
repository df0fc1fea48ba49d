# generated case (gen_cases6): category=codeinj rule=PY-CODE-INJECTION fw=fastapi source=cookie shape=post_init_strip sink=v2 expected=true
import re

from dataclasses import dataclass
from fastapi import FastAPI, Request

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


@app.get("/00284")
def benchmark_test_00284(request: Request):
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = LooseSearch(term=param).term
    result = eval(compile(bar, "<benchmark>", "eval"))  # want: PY-CODE-INJECTION
    return {"result": str(result)}
