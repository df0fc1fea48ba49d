# generated case (gen_cases6): category=xss rule=PY-XSS fw=fastapi source=cookieparam shape=enumerate_dict_taint sink=v2 expected=true
from fastapi import FastAPI, Cookie, Request
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/00160")
def benchmark_test_00160(request: Request, BenchmarkTest: str = Cookie("")):
    param = BenchmarkTest
    by_pos = dict(enumerate(["safe", param]))
    bar = by_pos[1]
    return HTMLResponse(f"<p>Formatted like: {bar}</p>")  # want: PY-XSS
