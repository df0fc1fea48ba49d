# generated case (gen_cases4): category=weakrandom rule=PY-WEAK-RANDOM fw=fastapi source=querystring shape=from_import_choice_token sink=config expected=true
import urllib.parse

from fastapi import FastAPI, Request
from random import choice

app = FastAPI()
ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789"


@app.get("/00586")
def benchmark_test_00586(request: Request):
    qs = urllib.parse.parse_qs(request.url.query)
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    invite_token = "".join(choice(ALPHABET) for _ in range(20))  # want: PY-WEAK-RANDOM
    result = len(invite_token + bar)
    return {"result": str(result)}
