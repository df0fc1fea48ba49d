# generated case (gen_cases5): category=trustbound rule=PY-TRUST-BOUNDARY fw=fastapi source=header shape=fstring_value expected=true
import os

from fastapi import FastAPI, Request
from starlette.middleware.sessions import SessionMiddleware

app = FastAPI()
app.add_middleware(SessionMiddleware, secret_key=os.environ["SECRET_KEY"])


@app.get("/00422")
def benchmark_test_00422(request: Request):
    param = request.headers.get("referer", "")
    bar = param
    request.session["greeting"] = f"Hello, {bar}"  # want: PY-TRUST-BOUNDARY
    result = True
    return {"result": str(result)}
