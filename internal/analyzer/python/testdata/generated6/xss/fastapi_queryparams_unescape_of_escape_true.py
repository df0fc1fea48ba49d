# generated case (gen_cases6): category=xss rule=PY-XSS fw=fastapi source=queryparams shape=unescape_of_escape sink=specific expected=true
import html

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/00381")
def benchmark_test_00381(request: Request):
    param = request.query_params.get("BenchmarkTest", "")
    bar = param
    return HTMLResponse("<p>" + html.unescape(html.escape(bar)) + "</p>")  # want: PY-XSS
