# generated case (gen_cases6): category=xss rule=PY-XSS fw=fastapi source=query shape=safe_substitute_unmatched sink=v2 expected=false
import string

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/00192")
def benchmark_test_00192(request: Request, BenchmarkTest: str = ""):
    param = BenchmarkTest
    bar = string.Template("$term").safe_substitute({"other": param})
    return HTMLResponse(f"<p>Formatted like: {bar}</p>")
