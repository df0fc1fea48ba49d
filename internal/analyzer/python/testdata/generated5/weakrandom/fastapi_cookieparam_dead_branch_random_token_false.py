# generated case (gen_cases5): category=weakrandom rule=PY-WEAK-RANDOM fw=fastapi source=cookieparam shape=dead_branch_random_token expected=false
import random
import secrets

from fastapi import FastAPI, Cookie, Request

app = FastAPI()
SESSIONS = {}


@app.get("/00151")
def benchmark_test_00151(request: Request, BenchmarkTest: str = Cookie("")):
    param = BenchmarkTest
    bar = param
    if False:
        session_id = "%032x" % random.getrandbits(128)
    else:
        session_id = secrets.token_hex(16)
    SESSIONS[session_id] = bar[:16]
    result = len(SESSIONS)
    return {"result": str(result)}
