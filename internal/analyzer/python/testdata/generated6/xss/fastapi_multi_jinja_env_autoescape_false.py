# generated case (gen_cases6): category=xss rule=PY-XSS fw=fastapi source=multi shape=jinja_env_autoescape sink=specific expected=false
from fastapi import FastAPI, Query, Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment
from typing import List

app = FastAPI()


@app.get("/00383")
def benchmark_test_00383(request: Request, BenchmarkTest: List[str] = Query([])):
    param = BenchmarkTest[0] if BenchmarkTest else ""
    bar = param
    return HTMLResponse(Environment(autoescape=True).from_string("<p>{{ name }}</p>").render(name=bar))
