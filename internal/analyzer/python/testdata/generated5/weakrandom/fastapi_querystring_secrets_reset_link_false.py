# generated case (gen_cases5): category=weakrandom rule=PY-WEAK-RANDOM fw=fastapi source=querystring shape=secrets_reset_link expected=false
import secrets
import urllib.parse

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00143")
def benchmark_test_00143(request: Request):
    qs = urllib.parse.parse_qs(request.url.query)
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    token = secrets.token_urlsafe(32)
    reset_link = "https://shop.example.com/reset?token=" + token
    result = len(reset_link) + len(bar)
    return {"result": str(result)}
