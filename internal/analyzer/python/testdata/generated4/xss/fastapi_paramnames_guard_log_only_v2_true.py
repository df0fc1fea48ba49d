# generated case (gen_cases4): category=xss rule=PY-XSS fw=fastapi source=paramnames shape=guard_log_only sink=v2 expected=true
import logging
import re

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

app = FastAPI()
logger = logging.getLogger(__name__)


@app.get("/00156")
def benchmark_test_00156(request: Request):
    param = ""
    for name in request.query_params.keys():
        if request.query_params.get(name) == "BenchmarkTest":
            param = name
            break
    if not re.fullmatch(r"[A-Za-z0-9_]+", param):
        logger.warning("unexpected characters in input")
    bar = param
    return HTMLResponse(f"<p>Formatted like: {bar}</p>")  # want: PY-XSS
