# generated case (gen_cases5): category=trustbound rule=PY-TRUST-BOUNDARY fw=fastapi source=query shape=note_direct expected=true
import os

from fastapi import FastAPI, Request
from starlette.middleware.sessions import SessionMiddleware

app = FastAPI()
app.add_middleware(SessionMiddleware, secret_key=os.environ["SECRET_KEY"])


@app.get("/00412")
def benchmark_test_00412(request: Request, BenchmarkTest: str = ""):
    param = BenchmarkTest
    bar = param
    request.session["cart_note"] = bar  # want: PY-TRUST-BOUNDARY
    result = True
    return {"result": str(result)}
