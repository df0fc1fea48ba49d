# generated case (gen_cases5): category=trustbound rule=PY-TRUST-BOUNDARY fw=fastapi source=formparam shape=fastapi_session_setdefault expected=true
import os

from fastapi import FastAPI, Form, Request
from starlette.middleware.sessions import SessionMiddleware

app = FastAPI()
app.add_middleware(SessionMiddleware, secret_key=os.environ["SECRET_KEY"])


@app.post("/00448")
def benchmark_test_00448(request: Request, BenchmarkTest: str = Form("")):
    param = BenchmarkTest
    bar = param
    request.session.setdefault("display_name", bar)  # want: PY-TRUST-BOUNDARY
    result = True
    return {"result": str(result)}
