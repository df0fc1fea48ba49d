# generated case (gen_cases4): category=xss rule=PY-XSS fw=fastapi source=pathparam shape=defaultdict_key sink=v2 expected=true
import collections

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/00088/{test_id}")
def benchmark_test_00088(request: Request, test_id: str):
    param = test_id
    store = collections.defaultdict(str)
    store["term"] = param
    bar = store["term"]
    return HTMLResponse(f"<p>Formatted like: {bar}</p>")  # want: PY-XSS
