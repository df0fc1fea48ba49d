# generated case (gen_cases5): category=trustbound rule=PY-TRUST-BOUNDARY fw=fastapi source=pathparam shape=history_appended expected=true
import os

from fastapi import FastAPI, Request
from starlette.middleware.sessions import SessionMiddleware

app = FastAPI()
app.add_middleware(SessionMiddleware, secret_key=os.environ["SECRET_KEY"])


@app.get("/00417/{test_id}")
def benchmark_test_00417(request: Request, test_id: str):
    param = test_id
    bar = param
    request.session["history"] = request.session.get("history", [])[-9:] + [bar]  # want: PY-TRUST-BOUNDARY
    result = True
    return {"result": str(result)}
