# generated case (gen_cases4): category=redirect rule=PY-OPEN-REDIRECT fw=fastapi source=cookieparam shape=dataclass_field sink=v1 expected=true
from dataclasses import dataclass
from fastapi import FastAPI, Cookie, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


@dataclass
class Query:
    term: str
    scope: str = "all"


@app.get("/00014")
def benchmark_test_00014(request: Request, BenchmarkTest: str = Cookie("")):
    param = BenchmarkTest
    q = Query(term=param)
    bar = q.term
    return RedirectResponse(bar)  # want: PY-OPEN-REDIRECT
